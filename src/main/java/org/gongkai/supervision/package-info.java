/**
 * Supervision (督办): leader instructions (批示件) tracked as supervised items on the case kernel, and
 * the leaders' weekly digest (周报), built from the statistics read model and this module's own
 * tables.
 */
@NullMarked
@ApplicationModule(
    displayName = "Supervision",
    allowedDependencies = {
      "calendar",
      "casework",
      "organization",
      "platform",
      "platform :: process",
      "platform :: web",
      "statistics"
    })
package org.gongkai.supervision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
