package org.gongkai.worklist.web;

import org.gongkai.platform.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on the work list pages answered as pages: a missing role goes on to the security chain's
 * friendly 403 page, a desk's refusal is shown with its Chinese detail.
 */
@ControllerAdvice(assignableTypes = {TaskListPages.class, CaseSearchPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorklistPageProblems {

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
}
