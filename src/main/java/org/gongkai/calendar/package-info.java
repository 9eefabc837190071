/** Knows which days are working days, from the State Council's holiday schedule of each year. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.gongkai.calendar;
