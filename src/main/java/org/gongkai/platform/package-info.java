/**
 * Infrastructure every module needs — clock, Kafka, security chain, problem details — depending on
 * no module.
 */
@NullMarked
@ApplicationModule(
    displayName = "Platform",
    allowedDependencies = {})
package org.gongkai.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
