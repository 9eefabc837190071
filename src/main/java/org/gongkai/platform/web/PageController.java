package org.gongkai.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, the home page with each role's navigation, and the friendly 403 page. */
@Controller
class PageController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home() {
    return "home";
  }

  @GetMapping("/forbidden")
  String forbidden() {
    return "forbidden";
  }
}
