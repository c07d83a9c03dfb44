package org.inforights.casework.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like session with the Camunda webapps: keeps cookies and sends the CSRF token the
 * webapps hand out, as Tasklist's own pages do.
 */
public final class Webapp {

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  private Webapp(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.client =
        HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
  }

  public static Webapp at(int port) {
    return new Webapp(port);
  }

  /** Signs in to one webapp (tasklist, cockpit, admin); returns the HTTP status. */
  public int signIn(String app, String user, String password) {
    get("/camunda/app/" + app + "/");
    String form =
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return send(request).statusCode();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  /**
   * A JSON POST with the session, as a webapp page's script sends it: with the webapps' CSRF token
   * in {@code X-XSRF-TOKEN} when {@code withCsrfToken}, or without, as a forged cross-site request.
   */
  public HttpResponse<String> post(String path, String json, boolean withCsrfToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (withCsrfToken) {
      request.header("X-XSRF-TOKEN", csrfToken().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie")));
    }
    return send(request);
  }

  /** A DELETE with the session, with or without the webapps' CSRF token (see {@link #post}). */
  public HttpResponse<String> delete(String path, boolean withCsrfToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "application/json, application/problem+json")
            .DELETE();
    if (withCsrfToken) {
      request.header("X-XSRF-TOKEN", csrfToken().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie")));
    }
    return send(request);
  }

  private java.util.Optional<String> csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
