/** Disclosure requests (政府信息公开申请) from registration to reply, appeals, and their events. */
@NullMarked
@ApplicationModule(
    displayName = "Disclosure requests",
    allowedDependencies = {
      "calendar",
      "casework",
      "organization",
      "platform",
      "platform :: process",
      "platform :: web"
    })
package org.gongkai.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
