/** The supervision module over HTTP: instructions and the weekly digest. */
@NullMarked
package org.gongkai.supervision.rest;

import org.jspecify.annotations.NullMarked;
