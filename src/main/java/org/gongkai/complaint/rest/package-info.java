/** The HTTP API of citizen complaints. */
@NullMarked
package org.gongkai.complaint.rest;

import org.jspecify.annotations.NullMarked;
