package org.inforights.casework.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for black-box tests of the running application, as a given user. */
public final class Api {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String baseUrl;
  private final String authorization;
  private final String forwardedFor;

  private Api(String baseUrl, String authorization) {
    this(baseUrl, authorization, null);
  }

  private Api(String baseUrl, String authorization, String forwardedFor) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
    this.forwardedFor = forwardedFor;
  }

  /**
   * The same client as if a proxy forwarded its requests from {@code clientAddress}
   * ({@code X-Forwarded-For}; the test profile trusts it, as production behind a proxy does).
   */
  public Api from(String clientAddress) {
    return new Api(baseUrl, authorization, clientAddress);
  }

  public static Api at(int port) {
    return new Api("http://localhost:" + port, null);
  }

  /** The same client signing in with HTTP Basic as a demo user (password = user name). */
  public Api as(String user) {
    return as(user, user);
  }

  public Api as(String user, String password) {
    String token =
        Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(baseUrl, "Basic " + token, forwardedFor);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A GET asking for another media type than JSON, e.g. Prometheus's text format. */
  public HttpResponse<String> get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A JSON body sent in chunks, without a Content-Length, as a streaming client sends it. */
  public HttpResponse<String> postChunked(String path, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
  }

  /** A JSON POST with one more request header (e.g. {@code Idempotency-Key}). */
  public HttpResponse<String> post(String path, String json, String header, String value) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any other method, without a body (e.g. DELETE). */
  public HttpResponse<String> send(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  public HttpResponse<String> postForm(String path, String form) {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** A multipart/form-data upload of one file part named {@code file}, plus text fields. */
  public HttpResponse<String> upload(
      String path, java.util.Map<String, String> fields, String fileName, String contentType, byte[] content) {
    String boundary = "casework" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (content != null) {
      body.writeBytes(
          ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                  + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return builder.header("Accept", "application/json, application/problem+json");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
