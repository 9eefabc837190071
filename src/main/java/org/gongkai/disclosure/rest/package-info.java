/** The HTTP API of disclosure requests. */
@NullMarked
package org.gongkai.disclosure.rest;

import org.jspecify.annotations.NullMarked;
