package org.gongkai.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of staff pages. Its refusals are answered as pages, not as problem JSON: a missing
 * role goes on to the security chain's friendly 403 page, a refused command or an unknown case
 * shows the problem page with its Chinese detail, and an unexpected error a page saying that
 * nothing was saved.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface StaffPage {}
