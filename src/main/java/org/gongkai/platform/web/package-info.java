/**
 * Web plumbing shared by all modules: problem details, the login, home, problem and 403 pages,
 * {@link org.gongkai.platform.web.StaffPage} for the modules' page controllers, and how their page
 * forms read typed values ({@link org.gongkai.platform.web.FormValues}, {@link
 * org.gongkai.platform.web.PageDates}).
 */
@NullMarked
@NamedInterface("web")
package org.gongkai.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
