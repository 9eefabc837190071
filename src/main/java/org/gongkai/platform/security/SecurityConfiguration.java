package org.gongkai.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.gongkai.platform.Problems;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: the JSON API (HTTP Basic or the page session, problems for 401/403), the
 * Camunda web apps (which log in against Camunda's identity service, mirrored from our staff), and
 * the pages (form login, CSRF on).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String ADMIN = "ADMIN";

  private final ObjectMapper objectMapper;

  SecurityConfiguration(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Bean
  @Order(1)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        // the Camunda web apps run their own login and CSRF protection
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    RequestMatcher withoutAmbientCredentials =
        request ->
            request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getRequestedSessionId() == null;
    return http.securityMatcher(
            paths("/api/**", "/engine-rest/**", "/actuator/**", "/v3/api-docs/**"))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                    .permitAll()
                    .requestMatchers(path("/v3/api-docs/**"))
                    .permitAll()
                    .requestMatchers(
                        path("/api/admin/**"), path("/engine-rest/**"), path("/actuator/**"))
                    .hasRole(ADMIN)
                    .anyRequest()
                    .authenticated())
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (req, res, e) -> write(res, Problems.unauthorized())))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint((req, res, e) -> write(res, Problems.unauthorized()))
                    .accessDeniedHandler((req, res, e) -> write(res, Problems.forbidden())))
        // CSRF rides on the session cookie: only calls made with a page session must send the token
        .csrf(csrf -> csrf.ignoringRequestMatchers(withoutAmbientCredentials))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
                    .permitAll()
                    .requestMatchers(
                        "/login", "/error", "/webjars/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .exceptionHandling(ex -> ex.accessDeniedPage("/forbidden"))
        .build();
  }

  /**
   * Matches the whole path within the application, whichever servlet serves it (Camunda's are
   * Jersey).
   */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher paths(String... patterns) {
    return new OrRequestMatcher(Arrays.stream(patterns).map(SecurityConfiguration::path).toList());
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    if (problem.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader(
          HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"gongkai\", charset=\"UTF-8\"");
    }
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
