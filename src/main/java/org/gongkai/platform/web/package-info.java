/**
 * Web plumbing shared by all modules: problem details, the login, home, problem and 403 pages, and
 * {@link org.gongkai.platform.web.StaffPage} for the modules' page controllers.
 */
@NullMarked
@NamedInterface("web")
package org.gongkai.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
