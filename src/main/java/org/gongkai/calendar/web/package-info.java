/**
 * The calendar module's pages: the administrator's working-calendar page, where a year's official
 * holiday schedule is entered, and the notice on the home page while a year is still provisional.
 */
@NullMarked
package org.gongkai.calendar.web;

import org.jspecify.annotations.NullMarked;
