/** The task list and case search pages, reading both desks through their public queries. */
@NullMarked
package org.gongkai.worklist.web;

import org.jspecify.annotations.NullMarked;
