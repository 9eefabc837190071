package org.gongkai.disclosure.web;

import org.gongkai.platform.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on the disclosure pages answered as pages: a missing role goes on to the security
 * chain's friendly 403 page, and a desk's refusal outside a form (a case not found, another
 * agency's case) is shown with its Chinese detail instead of the API's problem JSON.
 */
@ControllerAdvice(assignableTypes = {DisclosurePages.class, DisclosureStepPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DisclosurePageProblems {

  private static final Logger log = LoggerFactory.getLogger(DisclosurePageProblems.class);

  @ExceptionHandler(AccessDeniedException.class)
  void roleMissing(AccessDeniedException denied) {
    throw denied;
  }

  @ExceptionHandler(ProblemException.class)
  ModelAndView refused(ProblemException problem) {
    ModelAndView page = new ModelAndView("case/problem");
    page.setStatus(problem.status());
    page.addObject("status", problem.status().value());
    page.addObject("detail", problem.getMessage());
    return page;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView noSuchAddress(MethodArgumentTypeMismatchException mismatch) {
    ModelAndView page = new ModelAndView("case/problem");
    page.setStatus(HttpStatus.NOT_FOUND);
    page.addObject("status", HttpStatus.NOT_FOUND.value());
    page.addObject("notFound", true);
    return page;
  }

  @ExceptionHandler(Exception.class)
  ModelAndView failed(Exception unexpected) {
    log.error("Unexpected error on a page", unexpected);
    ModelAndView page = new ModelAndView("case/problem");
    page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    page.addObject("status", HttpStatus.INTERNAL_SERVER_ERROR.value());
    return page;
  }
}
