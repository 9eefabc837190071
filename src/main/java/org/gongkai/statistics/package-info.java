/**
 * Statistics: the Kafka projector that folds case events into a read model, and the queries behind
 * every table and rate of the annual report.
 */
@NullMarked
@ApplicationModule(
    displayName = "Statistics",
    allowedDependencies = {"organization", "platform", "platform :: web"})
package org.gongkai.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
