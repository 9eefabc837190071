/** Agencies, their departments and townships, staff and roles; identity mirrored to Camunda. */
@NullMarked
@ApplicationModule(
    displayName = "Organization",
    allowedDependencies = {"platform"})
package org.gongkai.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
