/**
 * Citizen complaints (群众诉求, 110 / 12345 linkage) from intake to dispatch, reply, follow-up and
 * closure, and their events.
 */
@NullMarked
@ApplicationModule(displayName = "Citizen complaints")
package org.gongkai.complaint;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
