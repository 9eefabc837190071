/** The security filter chains for the API, the pages and the Camunda web apps. */
@NullMarked
package org.gongkai.platform.security;

import org.jspecify.annotations.NullMarked;
