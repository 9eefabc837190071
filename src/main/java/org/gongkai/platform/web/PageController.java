package org.gongkai.platform.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The login page, the home page with each role's navigation, and the friendly 403 page. */
@StaffPage
class PageController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home() {
    return "home";
  }

  /** Reached by a forward from the access-denied handler, with the refused request's method. */
  @RequestMapping("/forbidden")
  String forbidden() {
    return "forbidden";
  }
}
