package org.gongkai.platform;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem details every error response uses: stable machine type, Chinese text. */
public final class Problems {

  private static final String TYPE_PREFIX = "urn:gongkai:problem:";

  private Problems() {}

  /** The stable machine-readable type of a kind of problem. */
  public static URI type(String slug) {
    return URI.create(TYPE_PREFIX + slug);
  }

  public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type(slug));
    problem.setTitle(title);
    return problem;
  }

  public static ProblemDetail of(ProblemException exception) {
    ProblemDetail problem =
        of(exception.status(), exception.slug(), exception.title(), exception.getMessage());
    if (!exception.errors().isEmpty()) {
      problem.setProperty("errors", exception.errors());
    }
    return problem;
  }

  public static ProblemDetail validation(List<ProblemException.FieldMessage> errors) {
    ProblemDetail problem =
        of(
            HttpStatus.BAD_REQUEST,
            "validation",
            "提交的内容有误",
            String.join("；", errors.stream().map(e -> e.field() + "：" + e.message()).toList()));
    problem.setProperty("errors", errors);
    return problem;
  }

  public static ProblemDetail unauthorized() {
    return of(HttpStatus.UNAUTHORIZED, "unauthorized", "未登录", "请先登录，或在请求中提供用户名和密码（HTTP Basic）。");
  }

  /** A machine client's bearer token that opens nothing: unknown, revoked or expired. */
  public static ProblemDetail invalidToken() {
    return of(
        HttpStatus.UNAUTHORIZED, "unauthorized", "API 令牌无效", "API 令牌不存在、已被吊销或已过期，请向系统管理员申请新的令牌。");
  }

  public static ProblemDetail forbidden() {
    return of(HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作", "您的角色无权访问此功能，如需使用请联系管理员。");
  }
}
