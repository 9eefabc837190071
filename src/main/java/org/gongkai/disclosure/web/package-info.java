/** The disclosure pages: registration and its receipt, the case page and one page per step. */
@NullMarked
package org.gongkai.disclosure.web;

import org.jspecify.annotations.NullMarked;
