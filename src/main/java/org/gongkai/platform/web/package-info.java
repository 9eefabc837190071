/** Web plumbing shared by all modules: problem details, login and error pages. */
@NullMarked
package org.gongkai.platform.web;

import org.jspecify.annotations.NullMarked;
