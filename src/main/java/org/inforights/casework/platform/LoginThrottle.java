package org.inforights.casework.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing without letting a guesser lock anyone out. Camunda's own lock-out counts
 * failures per account wherever they come from, so anyone who knows a user name could lock that
 * account (an integration account included) for everyone; it is switched off
 * ({@code login-max-attempts}, {@code login-delay-base} in application.yml) and this counts failed
 * sign-ins per client address instead: a client that fails {@code perAccount} times for one
 * account, or {@code perClient} times in all, within the window is answered 429 with a
 * {@code Retry-After} until the window has passed since its latest failure, while the same account
 * signs in from anywhere else as usual. A success clears the client's count for that account.
 *
 * <p>Covers HTTP Basic on {@code /api}, {@code /engine-rest} and {@code /actuator}, and the
 * webapps' sign-in form (counted per client only: the form's body is left to the webapp). The
 * client is the request's remote address, which behind a proxy is the address the proxy forwards
 * ({@code server.forward-headers-strategy}). Counts live in memory, per node.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  @Bean
  FilterRegistrationBean<Filter> loginThrottleFilter(LoginThrottleProperties properties, ObjectMapper json) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(properties, json));
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*", WEBAPP_LOGIN + "*");
    // before Spring Security checks the password, after the forwarded client address is applied
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }

  /** The counting filter; package-private for its tests. */
  static class Filter extends OncePerRequestFilter {
    private final LoginThrottleProperties limits;
    private final ObjectMapper json;
    private final Cache<String, AtomicInteger> failures;

    Filter(LoginThrottleProperties limits, ObjectMapper json) {
      this.limits = limits;
      this.json = json;
      this.failures = Caffeine.newBuilder().expireAfterWrite(limits.window()).maximumSize(100_000).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String client = request.getRemoteAddr();
      String account = basicUser(request);
      boolean webappLogin = "POST".equals(request.getMethod()) && request.getRequestURI().contains("/login/");
      if (account == null && !webappLogin) {
        chain.doFilter(request, response); // no password offered: nothing to count
        return;
      }
      if (count(client) >= limits.perClient()
          || (account != null && count(client + " " + account) >= limits.perAccount())) {
        refuse(response);
        return;
      }
      chain.doFilter(request, response);
      if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
        increment(client);
        if (account != null) {
          increment(client + " " + account);
        }
        log.info("Failed sign-in from {}", client); // the account is not logged: it may be a mistyped password
      } else if (account != null) {
        failures.invalidate(client + " " + account);
      }
    }

    private int count(String key) {
      AtomicInteger count = failures.getIfPresent(key);
      return count == null ? 0 : count.get();
    }

    private void increment(String key) {
      // put again so the window runs from the latest failure
      AtomicInteger count = failures.get(key, unused -> new AtomicInteger());
      count.incrementAndGet();
      failures.put(key, count);
    }

    private void refuse(HttpServletResponse response) throws IOException {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limits.window().toSeconds()));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(
          response.getOutputStream(),
          ProblemDetail.forStatusAndDetail(
              HttpStatus.TOO_MANY_REQUESTS,
              "Too many failed sign-ins from this address; try again later"));
    }

    /** The user name of an HTTP Basic header, or null. */
    private static String basicUser(HttpServletRequest request) {
      String header = request.getHeader(HttpHeaders.AUTHORIZATION);
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return null;
      }
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return (colon < 0 ? decoded : decoded.substring(0, colon)).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException notBase64) {
        return "";
      }
    }
  }
}
