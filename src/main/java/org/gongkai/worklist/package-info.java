/** Work lists across both case kinds — my tasks, my department's tasks — and the case search. */
@NullMarked
@ApplicationModule(displayName = "Work lists")
package org.gongkai.worklist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
