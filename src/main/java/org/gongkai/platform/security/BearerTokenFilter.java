package org.gongkai.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gongkai.platform.BearerTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call that carries {@code Authorization: Bearer <token>} as the token's
 * account, a principal of the same kind as a staff member's; an unknown, revoked or expired token
 * is answered 401 at once. Only the paths it is given (the JSON API) take tokens: elsewhere the
 * header authenticates nobody.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private static final String SCHEME = "Bearer";

  private final RequestMatcher apiPaths;
  private final ObjectProvider<BearerTokens> tokens;
  private final Refusal refusal;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  /** Answers a call whose token opens nothing. */
  @FunctionalInterface
  interface Refusal {
    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  BearerTokenFilter(RequestMatcher apiPaths, ObjectProvider<BearerTokens> tokens, Refusal refusal) {
    this.apiPaths = apiPaths;
    this.tokens = tokens;
    this.refusal = refusal;
  }

  /** Whether the request names the Bearer scheme (RFC 6750), with or without a token. */
  static boolean isBearer(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null
        && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        && (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isBearer(request) || !apiPaths.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
    BearerTokens checker = tokens.getIfAvailable();
    Optional<UserDetails> account =
        checker == null || token.isEmpty() ? Optional.empty() : checker.account(token);
    if (account.isEmpty()) {
      contexts.clearContext();
      refusal.refuse(request, response);
      return;
    }
    UserDetails user = account.get();
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }
}
