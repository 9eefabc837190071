/** The supervision module's pages: the weekly digest. */
@NullMarked
package org.gongkai.supervision.web;

import org.jspecify.annotations.NullMarked;
