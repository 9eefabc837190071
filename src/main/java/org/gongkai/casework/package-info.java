/**
 * The case kernel: what every kind of case shares — who changed it and when ({@link
 * org.gongkai.casework.Change}), the versioned, event-raising aggregate base ({@link
 * org.gongkai.casework.CaseAggregate}) and the timeline of each case ({@link
 * org.gongkai.casework.CaseTimeline}). The domain verbs and the events of each kind stay in their
 * modules.
 */
@NullMarked
@ApplicationModule(
    displayName = "Case kernel",
    allowedDependencies = {"organization", "platform"})
package org.gongkai.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
