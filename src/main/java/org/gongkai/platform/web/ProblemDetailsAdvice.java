package org.gongkai.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.platform.CaseDates;
import org.gongkai.platform.DatabaseOutages;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.ProblemException.FieldMessage;
import org.gongkai.platform.Problems;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error leaves as an RFC 9457 problem with a Chinese title and detail. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<ProblemDetail> refused(ProblemException exception) {
    return respond(Problems.of(exception));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolated(ConstraintViolationException exception) {
    List<FieldMessage> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new FieldMessage(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .toList();
    return respond(Problems.validation(errors));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception) {
    return respond(
        Problems.validation(
            List.of(
                new FieldMessage(exception.getName(), quoted(exception.getValue()) + "格式不正确"))));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException exception) {
    return respond(
        Problems.of(HttpStatus.CONFLICT, "concurrent-change", "数据已被他人更新", "该记录刚被其他操作更新，请刷新后重试。"));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException exception) {
    return respond(Problems.forbidden());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception exception) {
    if (DatabaseOutages.isOutage(exception)) {
      log.warn("Answered 503: the database cannot be reached ({})", exception.toString());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutages.RETRY_AFTER_SECONDS))
          .body(DatabaseOutages.problem());
    }
    log.error("Unexpected error", exception);
    return respond(
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal",
            "系统内部错误",
            "处理请求时发生意外错误，未保存任何更改。请稍后重试，或联系系统管理员。"));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldMessage> errors =
        exception.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldMessage(e.getField(), e.getDefaultMessage()))
            .collect(Collectors.toList());
    exception.getBindingResult().getGlobalErrors().stream()
        .map(e -> new FieldMessage(e.getObjectName(), e.getDefaultMessage()))
        .forEach(errors::add);
    return asObject(Problems.validation(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldMessage> errors =
        exception.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            e ->
                                new FieldMessage(
                                    result.getMethodParameter().getParameterName(),
                                    e.getDefaultMessage())))
            .toList();
    return asObject(Problems.validation(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return asObject(Problems.validation(List.of(unreadable(exception))));
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return asObject(
        Problems.of(
            HttpStatus.NOT_FOUND, "not-found", "未找到", "没有这个地址：/" + exception.getResourcePath()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return asObject(
        Problems.of(
            HttpStatus.METHOD_NOT_ALLOWED,
            "method-not-allowed",
            "不支持的请求方法",
            "此地址不支持 " + exception.getMethod() + " 请求。"));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return asObject(
        Problems.of(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "不支持的内容类型",
            "请以 application/json 提交。"));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception exception,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    HttpStatus status = HttpStatus.valueOf(statusCode.value());
    String detail =
        exception instanceof ErrorResponse error && error.getBody().getDetail() != null
            ? error.getBody().getDetail()
            : status.getReasonPhrase();
    return asObject(Problems.of(status, "http-" + status.value(), "请求无法处理", detail));
  }

  /** The rejected value as the message quotes it: shortened, so that a huge value is not echoed. */
  static String quoted(@Nullable Object value) {
    String text = String.valueOf(value);
    int limit = 40;
    return "「"
        + (text.codePointCount(0, text.length()) <= limit
            ? text
            : text.substring(0, text.offsetByCodePoints(0, limit)) + "…")
        + "」";
  }

  private static FieldMessage unreadable(HttpMessageNotReadableException exception) {
    Throwable cause = exception.getCause();
    if (cause instanceof MismatchedInputException mismatched
        && (mismatched.getTargetType() == LocalDate.class
            || mismatched.getTargetType() == OffsetDateTime.class)) {
      String value =
          cause instanceof InvalidFormatException invalid ? quoted(invalid.getValue()) : "该值";
      boolean day = mismatched.getTargetType() == LocalDate.class;
      return new FieldMessage(
          path(mismatched),
          value
              + (day ? "不是有效的日期：请按“2026-05-06" : "不是有效的时间：请按“2026-05-06T10:12:00+08:00")
              + "”的格式填写，"
              + CaseDates.OUT_OF_RANGE);
    }
    if (cause instanceof InvalidFormatException invalid) {
      String field = path(invalid);
      Class<?> target = invalid.getTargetType();
      if (target != null && target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining("、"));
        return new FieldMessage(field, quoted(invalid.getValue()) + "不是可选的值，可选：" + allowed);
      }
      return new FieldMessage(field, quoted(invalid.getValue()) + "格式不正确");
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return new FieldMessage(path(unknown), "不认识的字段");
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new FieldMessage(path(mapping), "格式不正确");
    }
    return new FieldMessage("body", "请求内容不是有效的 JSON");
  }

  private static String path(JsonMappingException exception) {
    return exception.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.indexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static ResponseEntity<Object> asObject(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
