package org.gongkai.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @PreAuthorize} roles before its arguments are read: someone without the
 * role gets 403 whatever the body holds, never a 400 that describes what a valid command would look
 * like. Method security still checks the same rule when the method runs.
 */
@Configuration(proxyBeanMethods = false)
class RolesBeforeBinding implements WebMvcConfigurer {

  private final PreAuthorizeAuthorizationManager preAuthorize =
      new PreAuthorizeAuthorizationManager();

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method) {
              AuthorizationResult decision =
                  preAuthorize.authorize(
                      () -> SecurityContextHolder.getContext().getAuthentication(),
                      new SimpleMethodInvocation(method.getBean(), method.getMethod()));
              if (decision != null && !decision.isGranted()) {
                throw new AccessDeniedException("role missing for " + method.getShortLogMessage());
              }
            }
            return true;
          }
        });
  }
}
