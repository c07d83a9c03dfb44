package org.inforights.casework.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user signed in to a Camunda webapp read our API with that session, as the Cockpit
 * deadline plugin and Tasklist's "Case" tab do: no second sign-in. Reads (GET) need the session
 * only; a change needs the webapps' CSRF token too ({@link WebappCsrf}, which refuses a change
 * without it before this filter runs). HTTP Basic, when given, wins.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  static final String ENGINE = "default";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null
        && (HttpMethod.GET.matches(request.getMethod()) || WebappCsrf.hasSessionToken(request))
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication webapp = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
      if (webapp instanceof UserAuthentication user && user.getName() != null) {
        SecurityContextHolder.getContext()
            .setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(
                    user.getName(),
                    null,
                    user.getGroupIds() == null
                        ? java.util.List.of()
                        : user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList()));
      }
    }
    chain.doFilter(request, response);
  }
}
