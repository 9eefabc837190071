/**
 * Work lists across both case kinds — my tasks, my department's tasks — and the case search; my
 * tasks also hold the leaders' instructions (批示件) my unit owes an answer to.
 *
 * <p>The task lists read the cases, not the process engine's user tasks: each case answers the
 * steps it waits for and who takes them ({@code awaitedSteps}), from the same state its commands
 * check. The engine's tasks would be a second source that can disagree with it — their candidate
 * groups are roles shared by every agency, not units, and a case waiting for an extension decision
 * or the applicant has no user task at all — and reading both is what let the lists drift before.
 * The engine keeps the order of the work and the timers; it does not decide what is on a list.
 */
@NullMarked
@ApplicationModule(
    displayName = "Work lists",
    allowedDependencies = {
      "calendar",
      "complaint",
      "disclosure",
      "organization",
      "platform",
      "platform :: web",
      "supervision"
    })
package org.gongkai.worklist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
