/** The calendar API: reading a year's schedule, and administrators replacing it. */
@NullMarked
package org.gongkai.calendar.rest;

import org.jspecify.annotations.NullMarked;
