/**
 * Citizen complaints (群众诉求, 110 / 12345 linkage) from intake to dispatch, reply, follow-up and
 * closure, and their events.
 */
@NullMarked
@ApplicationModule(
    displayName = "Citizen complaints",
    allowedDependencies = {
      "calendar",
      "casework",
      "disclosure",
      "organization",
      "platform",
      "platform :: process",
      "platform :: web"
    })
package org.gongkai.complaint;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
