/** Knows which days are working days, from the State Council's holiday schedule of each year. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
    displayName = "Calendar",
    allowedDependencies = {"platform", "platform :: web"})
package org.gongkai.calendar;
