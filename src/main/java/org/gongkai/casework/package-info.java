/**
 * The case kernel: what every kind of case shares — who changed it and when ({@link
 * org.gongkai.casework.Change}), the versioned, event-raising aggregate base ({@link
 * org.gongkai.casework.CaseAggregate}) and the timeline of each case ({@link
 * org.gongkai.casework.CaseTimeline}), and the supervision ladder every kind climbs when it runs
 * late ({@link org.gongkai.casework.SupervisionLadder}). The domain verbs and the events of each
 * kind stay in their modules.
 */
@NullMarked
@ApplicationModule(
    displayName = "Case kernel",
    allowedDependencies = {"calendar", "organization", "platform", "platform :: process"})
package org.gongkai.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
