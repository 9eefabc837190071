/**
 * Gongkai: disclosure requests and citizen complaints from intake to reply, and the statistics the
 * law requires.
 */
@NullMarked
package org.gongkai;

import org.jspecify.annotations.NullMarked;
