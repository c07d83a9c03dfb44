package org.inforights.casework.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
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
 *
 * <p>The session remembers the user's groups from the moment they signed in. An administrator who
 * deletes a user or takes them out of a group expects that to hold at once, so each request asks
 * the identity service afresh (two indexed queries): a deleted user's session is signed out of the
 * webapps and answered 401, and a user's current groups, not the remembered ones, decide.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  static final String ENGINE = "default";

  private final IdentityService identityService;

  WebappSessionAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

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
        String userId = user.getName();
        if (identityService.createUserQuery().userId(userId).count() == 0) {
          session.invalidate(); // deleted since signing in: signed out of the webapps too
        } else {
          List<SimpleGrantedAuthority> groups =
              identityService.createGroupQuery().groupMember(userId).list().stream()
                  .map(Group::getId)
                  .map(SimpleGrantedAuthority::new)
                  .toList();
          SecurityContextHolder.getContext()
              .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, groups));
        }
      }
    }
    chain.doFilter(request, response);
  }
}
