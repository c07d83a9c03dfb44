package org.inforights.casework.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A change to a case from a webapp session (a note or a document added in Tasklist's "Case" tab)
 * must carry the webapps' CSRF token, as the webapps' own requests do: the {@code X-XSRF-TOKEN}
 * header with the token Camunda keeps in the session and hands out as the {@code XSRF-TOKEN}
 * cookie. Without it, or with another, the request is refused with 403 before anything runs: a
 * page on another site can make the browser send the session cookie, but cannot read the token.
 * HTTP Basic requests (API clients) carry no session and are not affected.
 */
class WebappCsrf extends OncePerRequestFilter {

  static final String HEADER = "X-XSRF-TOKEN";
  /** Where Camunda's CSRF filter keeps the session's token. */
  static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final ObjectMapper objectMapper;

  WebappCsrf(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /** Whether this request is a change from a signed-in webapp session, not an API client's. */
  static boolean isSessionWrite(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return false;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null
        && authentications.getAuthenticationForProcessEngine(WebappSessionAuthentication.ENGINE) instanceof UserAuthentication;
  }

  /** Whether the request carries the session's CSRF token (compared in constant time). */
  static boolean hasSessionToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
    String given = request.getHeader(HEADER);
    return expected instanceof String token
        && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isSessionWrite(request) && !hasSessionToken(request)) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      objectMapper.writeValue(
          response.getOutputStream(),
          ProblemDetail.forStatusAndDetail(
              HttpStatus.FORBIDDEN, "A change from a webapp session needs the webapp's CSRF token in " + HEADER));
      return;
    }
    chain.doFilter(request, response);
  }
}
