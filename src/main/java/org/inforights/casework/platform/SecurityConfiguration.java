package org.inforights.casework.platform;

import static org.inforights.casework.platform.CaseworkGroup.ADMINS;
import static org.inforights.casework.platform.CaseworkGroup.IG_MANAGERS;
import static org.inforights.casework.platform.CaseworkGroup.IG_OFFICERS;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * HTTP Basic for {@code /api/**}, {@code /engine-rest/**}, which Camunda leaves open by default, and
 * {@code /actuator/**}, where only health is open (to a load balancer) and the rest is for admins;
 * a webapp session may read (GET) them too, for Cockpit's deadline plugin and Tasklist's "Case"
 * tab, and change a case with the webapps' CSRF token ({@link WebappCsrf}). The webapps under
 * {@code /camunda} keep their own login and CSRF protection and are not matched here. Unauthenticated → 401, authenticated but not permitted → 403, both as problem documents.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

  static final String REALM = "InfoRights Casework";

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      CamundaAuthenticationProvider provider,
      IdentityService identityService,
      ObjectMapper objectMapper)
      throws Exception {
    String[] caseWorkers = withAdmins(CaseworkGroup.caseWorking());
    // Path patterns on the whole request path: /engine-rest is Camunda's Jersey servlet, not MVC.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(
            new OrRequestMatcher(
                path.matcher("/api/**"), path.matcher("/engine-rest/**"), path.matcher("/actuator/**")))
        .authenticationProvider(provider)
        // a change from a webapp session without the webapps' CSRF token is refused first
        .addFilterBefore(new WebappCsrf(objectMapper), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    // a load balancer asks without credentials; it learns UP or DOWN, no details
                    .requestMatchers(path.matcher(HttpMethod.GET, "/actuator/health/**"))
                    .permitAll()
                    .requestMatchers(path.matcher(HttpMethod.GET, "/actuator/health"))
                    .permitAll()
                    // metrics and everything else the actuator offers: administrators only
                    .requestMatchers(path.matcher("/actuator/**"))
                    .hasAuthority(ADMINS.id())
                    .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases/*/extension"))
                    .hasAnyAuthority(IG_MANAGERS.id(), ADMINS.id())
                    // the DPO may record a clock stop asked on an earlier day (CaseController)
                    .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases/*/clock-stops"))
                    .hasAnyAuthority(IG_OFFICERS.id(), IG_MANAGERS.id(), CaseworkGroup.DPO.id(), ADMINS.id())
                    .requestMatchers(
                        path.matcher(HttpMethod.POST, "/api/sars"),
                        path.matcher(HttpMethod.POST, "/api/disclosure-requests"),
                        path.matcher(HttpMethod.POST, "/api/cases/*/clock-stops/**"),
                        path.matcher(HttpMethod.POST, "/api/cases/*/withdrawal"),
                        path.matcher(HttpMethod.POST, "/api/disclosure-requests/*/withdrawal"),
                        path.matcher(HttpMethod.POST, "/api/cases/*/complaints"),
                        path.matcher(HttpMethod.POST, "/api/cases/*/former-names"))
                    .hasAnyAuthority(IG_OFFICERS.id(), IG_MANAGERS.id(), ADMINS.id())
                    // the request and its decision record: the staff who triage and approve it
                    .requestMatchers(path.matcher("/api/disclosure-requests/**"))
                    .hasAnyAuthority(IG_OFFICERS.id(), IG_MANAGERS.id(), CaseworkGroup.CALDICOTT_GUARDIAN.id(),
                        CaseworkGroup.DPO.id(), ADMINS.id())
                    // redaction and the response pack: the officers who redact and the managers who approve
                    .requestMatchers(
                        path.matcher("/api/cases/*/documents/*/redaction-marks/**"),
                        path.matcher("/api/cases/*/documents/*/redacted-copy"),
                        path.matcher("/api/cases/*/redacted-copies/**"),
                        path.matcher("/api/cases/*/response-pack/**"))
                    .hasAnyAuthority(IG_OFFICERS.id(), IG_MANAGERS.id(), ADMINS.id())
                    // the response's delivery: approval status, links, code letter, postal pack
                    .requestMatchers(path.matcher("/api/cases/*/delivery/**"), path.matcher("/api/cases/*/delivery"))
                    .hasAnyAuthority(IG_OFFICERS.id(), IG_MANAGERS.id(), ADMINS.id())
                    // standing sharing agreements: the IG team and the DPO read them (a request names
                    // the one it is made under); only the DPO keeps them
                    .requestMatchers(path.matcher(HttpMethod.GET, "/api/sharing-agreements/**"))
                    .hasAnyAuthority(IG_OFFICERS.id(), IG_MANAGERS.id(), CaseworkGroup.DPO.id(), ADMINS.id())
                    .requestMatchers(path.matcher("/api/sharing-agreements/**"))
                    .hasAnyAuthority(CaseworkGroup.DPO.id(), ADMINS.id())
                    // the full register, refusals and day dates included: the DPO's accountability record
                    .requestMatchers(path.matcher("/api/disclosure-register/internal"))
                    .hasAnyAuthority(CaseworkGroup.DPO.id(), ADMINS.id())
                    // finding a case across every child's file: the IG team and administrators
                    .requestMatchers(path.matcher(HttpMethod.GET, "/api/cases"))
                    .hasAnyAuthority(IG_OFFICERS.id(), IG_MANAGERS.id(), CaseworkGroup.DPO.id(), ADMINS.id())
                    // a legal hold stops the erasure of a case's personal data: the DPO decides it
                    .requestMatchers(path.matcher("/api/cases/*/legal-holds/**"))
                    .hasAnyAuthority(CaseworkGroup.DPO.id(), ADMINS.id())
                    // who looked at a case file: for the DPO to answer for
                    .requestMatchers(path.matcher("/api/cases/*/access-log"))
                    .hasAnyAuthority(CaseworkGroup.DPO.id(), ADMINS.id())
                    .requestMatchers(path.matcher("/api/reports/**"))
                    .hasAnyAuthority(IG_MANAGERS.id(), CaseworkGroup.DPO.id(), ADMINS.id())
                    .requestMatchers(path.matcher("/api/**"))
                    .hasAnyAuthority(caseWorkers)
                    .anyRequest()
                    .authenticated())
        .httpBasic(
            basic ->
                basic
                    .realmName(REALM)
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            problem(objectMapper, response, HttpStatus.UNAUTHORIZED,
                                "Sign in with HTTP Basic as a Casework user")))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            problem(objectMapper, response, HttpStatus.UNAUTHORIZED,
                                "Sign in with HTTP Basic as a Casework user"))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            problem(objectMapper, response, HttpStatus.FORBIDDEN,
                                "Your groups do not permit this")))
        // stateless, and never a new session id: a Cockpit page's own requests run alongside the
        // plugin's, and changing the session under them signs the user out
        .sessionManagement(
            session ->
                session
                    .sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                    .sessionFixation(fixation -> fixation.none()))
        .csrf(csrf -> csrf.disable())
        // Tasklist's Case tab previews a case's PDF in a frame of the same origin; no other site may frame it
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .addFilterBefore(new WebappSessionAuthentication(identityService), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * The requester's download page ({@code delivery.DownloadPageController}), the one public part of
   * the application: the page, the code's post and the page's own script and style, and nothing
   * else under {@code /response}. No session, no CSRF token (the post carries its own secrets and
   * acts for no signed-in user; the controller refuses posts from other sites), no referrer, no framing.
   */
  @Bean
  SecurityFilterChain responseDownloadPage(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(path.matcher("/response/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(
                path.matcher(HttpMethod.GET, "/response/{token}"),
                path.matcher(HttpMethod.POST, "/response/{token}"),
                path.matcher(HttpMethod.GET, "/response/assets/download.js"),
                path.matcher(HttpMethod.GET, "/response/assets/download.css"))
            .permitAll()
            .anyRequest()
            .denyAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .securityContext(context -> context.disable())
        .anonymous(anonymous -> { })
        .headers(headers -> headers
            .frameOptions(frame -> frame.deny())
            .referrerPolicy(referrer -> referrer.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
                    + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")));
    return http.build();
  }

  private static String[] withAdmins(List<CaseworkGroup> groups) {
    List<String> ids = new ArrayList<>(CaseworkGroup.ids(groups));
    ids.add(ADMINS.id());
    return ids.toArray(String[]::new);
  }

  private static void problem(
      ObjectMapper objectMapper, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
  }
}
