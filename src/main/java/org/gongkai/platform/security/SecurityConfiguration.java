package org.gongkai.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.platform.BearerTokens;
import org.gongkai.platform.Problems;
import org.gongkai.platform.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four filter chains: the Prometheus scrape endpoint (its own account), the JSON API (HTTP Basic, a
 * machine client's bearer token, or the page session; problems for 401/403), the Camunda web apps
 * (which log in against Camunda's identity service, mirrored from our staff), and the pages (form
 * login, CSRF on).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String ADMIN = "ADMIN";

  /** The role of the metrics scraper's account; not a staff role. */
  static final String METRICS = "METRICS";

  private final ObjectMapper objectMapper;

  SecurityConfiguration(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Bean
  @Order(1)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(
            auth ->
                // the first-administrator setup and deploying models are not for the web apps:
                // administrators come from Gongkai, models ship with the release
                auth.requestMatchers(
                        path("/camunda/api/admin/setup/**"),
                        path("/camunda/api/engine/engine/*/deployment/create"))
                    .denyAll()
                    .anyRequest()
                    .permitAll())
        // the Camunda web apps run their own login and CSRF protection
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  /**
   * Prometheus scrapes with its own account ({@code gongkai.metrics.username} / {@code
   * gongkai.metrics.password}, role {@code METRICS}), which opens this endpoint and nothing else;
   * administrators may read it too. Without a configured password only administrators may.
   */
  @Bean
  @Order(2)
  SecurityFilterChain metrics(
      HttpSecurity http,
      UserDetailsService staff,
      PasswordEncoder passwordEncoder,
      @Value("${gongkai.metrics.username:metrics}") String scraper,
      @Value("${gongkai.metrics.password:}") String scraperPassword)
      throws Exception {
    List<AuthenticationProvider> providers = new ArrayList<>();
    if (!scraperPassword.isBlank()) {
      UserDetails account =
          User.withUsername(scraper)
              .password(passwordEncoder.encode(scraperPassword))
              .roles(METRICS)
              .build();
      providers.add(provider(new InMemoryUserDetailsManager(account), passwordEncoder));
    }
    providers.add(provider(staff, passwordEncoder));
    return basicWithProblems(http)
        .securityMatcher(EndpointRequest.to(PrometheusScrapeEndpoint.class))
        .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(METRICS, ADMIN))
        .authenticationManager(new ProviderManager(providers))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .build();
  }

  /** HTTP Basic, with 401 and 403 answered as problems. */
  private HttpSecurity basicWithProblems(HttpSecurity http) throws Exception {
    return http.httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (req, res, e) -> write(req, res, Problems.unauthorized())))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                        (req, res, e) -> write(req, res, Problems.unauthorized()))
                    .accessDeniedHandler((req, res, e) -> write(req, res, Problems.forbidden())));
  }

  private static AuthenticationProvider provider(
      UserDetailsService accounts, PasswordEncoder passwordEncoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
    provider.setPasswordEncoder(passwordEncoder);
    return provider;
  }

  /**
   * The JSON API. A machine client's bearer token ({@link BearerTokens}) opens {@code /api/**}
   * only: not the actuator, the API documentation or {@code /engine-rest}, nor (other chains) the
   * pages and the Camunda web apps.
   */
  @Bean
  @Order(3)
  SecurityFilterChain api(HttpSecurity http, ObjectProvider<BearerTokens> bearerTokens)
      throws Exception {
    BearerTokenFilter bearer =
        new BearerTokenFilter(
            path("/api/**"),
            bearerTokens,
            (request, response) -> write(request, response, Problems.invalidToken()));
    RequestMatcher withoutAmbientCredentials =
        request ->
            request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getRequestedSessionId() == null;
    // /engine-rest is not served: a client asking for it gets a problem, not the login page
    return basicWithProblems(http)
        .securityMatcher(
            paths(
                "/api/**",
                "/actuator/**",
                "/v3/api-docs/**",
                "/v3/api-docs.yaml",
                "/engine-rest/**"))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                    .permitAll()
                    .requestMatchers(path("/v3/api-docs/**"), path("/v3/api-docs.yaml"))
                    .permitAll()
                    .requestMatchers(path("/api/admin/**"), path("/actuator/**"))
                    .hasRole(ADMIN)
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(bearer, BasicAuthenticationFilter.class)
        // CSRF rides on the session cookie: only calls made with a page session must send the token
        .csrf(csrf -> csrf.ignoringRequestMatchers(withoutAmbientCredentials))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.disable())
        .build();
  }

  @Bean
  @Order(4)
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

  /**
   * Writes the problem. Only a client that sent Basic credentials is challenged for them again: a
   * browser that was never challenged never caches credentials that it would then send with
   * requests another site makes it send. A client that sent a bearer token is told that the token
   * is invalid (RFC 6750), which no browser answers with a password prompt.
   */
  private void write(
      HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    if (problem.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
        && request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      response.setHeader(
          HttpHeaders.WWW_AUTHENTICATE,
          BearerTokenFilter.isBearer(request)
              ? "Bearer realm=\"gongkai\", error=\"invalid_token\""
              : "Basic realm=\"gongkai\", charset=\"UTF-8\"");
    }
    ProblemResponses.write(objectMapper, response, problem);
  }
}
