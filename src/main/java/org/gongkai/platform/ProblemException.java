package org.gongkai.platform;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refused request, answered as an RFC 9457 problem with a Chinese title and detail. Modules throw
 * it (or a subclass) before writing anything, so a refused command changes nothing.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String slug;
  private final String title;
  private final List<FieldMessage> errors;

  protected ProblemException(
      HttpStatus status, String slug, String title, String detail, List<FieldMessage> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** The resource does not exist (404). */
  public static ProblemException notFound(String detail) {
    return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "未找到", detail, List.of());
  }

  /** The command is not allowed in the current state of the case (409). */
  public static ProblemException conflict(String detail) {
    return new ProblemException(
        HttpStatus.CONFLICT, "state-conflict", "当前状态不允许此操作", detail, List.of());
  }

  /** The input breaks a rule that Bean Validation cannot express (400), naming the field. */
  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        HttpStatus.BAD_REQUEST,
        "validation",
        "提交的内容有误",
        field + "：" + message,
        List.of(new FieldMessage(field, message)));
  }

  /** The staff member may not act on this resource (403). */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作", detail, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return Problems.type(slug);
  }

  String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<FieldMessage> errors() {
    return errors;
  }

  /** One rejected field and why, as listed in a validation problem. */
  public record FieldMessage(String field, String message) {}
}
