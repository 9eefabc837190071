package org.gongkai.platform.web;

import org.gongkai.platform.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on staff pages ({@link StaffPage}) answered as pages. */
@ControllerAdvice(annotations = StaffPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblemsAdvice {

  private static final Logger log = LoggerFactory.getLogger(PageProblemsAdvice.class);

  /** Left to the security chain, which forwards to the friendly 403 page. */
  @ExceptionHandler(AccessDeniedException.class)
  void roleMissing(AccessDeniedException denied) {
    throw denied;
  }

  @ExceptionHandler(ProblemException.class)
  ModelAndView refused(ProblemException problem) {
    return page(problem.status(), problem.title(), problem.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ModelAndView failed(Exception unexpected) {
    HttpStatus status =
        unexpected instanceof ErrorResponse refused
            ? HttpStatus.valueOf(refused.getStatusCode().value())
            : unexpected instanceof TypeMismatchException || unexpected instanceof BindException
                ? HttpStatus.BAD_REQUEST
                : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status.is4xxClientError()) {
      // a form missing a field, a value of the wrong type, a method the page does not take
      return page(status, "提交的内容不完整或格式不正确", "请返回上一页，检查填写的内容后重新提交。");
    }
    log.error("Unexpected error on a page", unexpected);
    return page(HttpStatus.INTERNAL_SERVER_ERROR, null, null);
  }

  private static ModelAndView page(
      HttpStatus status,
      @org.jspecify.annotations.Nullable String title,
      @org.jspecify.annotations.Nullable String detail) {
    ModelAndView page = new ModelAndView("problem");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("problemTitle", title);
    page.addObject("detail", detail);
    return page;
  }
}
