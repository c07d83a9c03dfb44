package org.inforights.casework.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The requester's download page, public: no sign-in, no session, no cookie. {@code GET
 * /response/{token}} shows a form asking for the one-time code; posting it (a plain form post, or
 * the page's script asking for JSON errors) answers the approved pack as a PDF, or says why not:
 * 403 wrong code (with the tries left), 423 locked, 410 expired or replaced, 404 no such link, 409
 * the pack changed after approval, 429 too many failures from this address.
 *
 * <p>No CSRF token: the page keeps no session and a post changes nothing on anyone's behalf; it
 * carries its own secrets (the token in the address and the code), so a forged post from another
 * site could do nothing its author could not do directly. Posts that a browser marks as coming
 * from another site ({@code Origin} or {@code Sec-Fetch-Site}) are refused all the same, so no
 * other site can spend a link's tries. Responses are not cached or stored, send no referrer (the
 * address holds the token), and may not be framed.
 */
@RestController
@io.swagger.v3.oas.annotations.security.SecurityRequirements // public: the token and the code are the credentials
@io.swagger.v3.oas.annotations.tags.Tag(name = "Requester's download page",
    description = "Public; the link's token and one-time code are the credentials")
class DownloadPageController {

  static final String PAGE = "delivery/download-page.html";

  private final SecureDelivery delivery;
  private final CodeGuessThrottle throttle;
  private final ObjectMapper json;
  private final String page;

  DownloadPageController(SecureDelivery delivery, CodeGuessThrottle throttle, ObjectMapper json) throws IOException {
    this.delivery = delivery;
    this.throttle = throttle;
    this.json = json;
    try (InputStream in = new ClassPathResource(PAGE, DownloadPageController.class.getClassLoader()).getInputStream()) {
      this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @GetMapping("/response/{token}")
  @io.swagger.v3.oas.annotations.Operation(summary = "The page asking for the one-time code (HTML)")
  void page(HttpServletResponse response) throws IOException {
    html(response, HttpStatus.OK, null);
  }

  @PostMapping(path = "/response/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  @io.swagger.v3.oas.annotations.Operation(summary = "The approved response pack (PDF) for the right code",
      description = "403 wrong code, 423 locked, 410 expired or replaced, 404 unknown link, 409 changed since approval,"
          + " 429 too many failures from this address; problem documents when JSON is accepted, the page otherwise")
  void download(
      @PathVariable String token, @RequestParam(name = "code", required = false) String code,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean json = wantsJson(request);
    if (fromAnotherSite(request)) {
      refuse(response, json, HttpStatus.FORBIDDEN, "This page only accepts codes typed into it.");
      return;
    }
    String client = request.getRemoteAddr();
    if (throttle.refuses(client)) {
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttle.retryAfterSeconds()));
      refuse(response, json, HttpStatus.TOO_MANY_REQUESTS,
          "Too many wrong codes from this connection. Please wait a few minutes and try again.");
      return;
    }
    if (SecureDelivery.normalised(code).isEmpty()) {
      // nothing typed is no guess: it costs the link no try
      refuse(response, json, HttpStatus.BAD_REQUEST, "Type the code we sent you.");
      return;
    }
    SecureDelivery.Attempt attempt = delivery.open(token, code);
    switch (attempt.outcome()) {
      case OPENED -> {
        try (var pack = attempt.pack()) {
          response.setStatus(HttpStatus.OK.value());
          response.setContentType(MediaType.APPLICATION_PDF_VALUE);
          response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename("response.pdf").build().toString());
          response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
          response.setHeader("X-Content-Type-Options", "nosniff");
          response.setHeader("Referrer-Policy", "no-referrer");
          response.setContentLengthLong(pack.sizeBytes());
          pack.content().transferTo(response.getOutputStream());
        }
      }
      case UNKNOWN -> {
        throttle.failed(client);
        refuse(response, json, HttpStatus.NOT_FOUND,
            "This link is not recognised. Please check you copied the whole link from the e-mail.");
      }
      case WRONG_CODE -> {
        throttle.failed(client);
        refuse(response, json, HttpStatus.FORBIDDEN,
            "That code is not right. Please check it and try again. Tries left before the link stops working: "
                + attempt.triesLeft() + ".");
      }
      case LOCKED -> {
        throttle.failed(client);
        refuse(response, json, HttpStatus.LOCKED,
            "This link has stopped working because the code was typed wrongly too many times. "
                + "Please contact us and we will send you a new link and code.");
      }
      case EXPIRED -> refuse(response, json, HttpStatus.GONE,
          "This link has expired. Please contact us and we will send you a new link and code.");
      case REVOKED -> refuse(response, json, HttpStatus.GONE,
          "This link has been replaced by a newer one. Please use the link in our latest e-mail.");
      case CHANGED -> refuse(response, json, HttpStatus.CONFLICT,
          "Your response is being updated and cannot be downloaded just now. We will be in touch; "
              + "please contact us if you have any questions.");
    }
  }

  private void refuse(HttpServletResponse response, boolean json, HttpStatus status, String message) throws IOException {
    if (json) {
      response.setStatus(status.value());
      noStore(response);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
      if (status == HttpStatus.BAD_REQUEST) {
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "code", "message", message)));
      }
      this.json.writeValue(response.getOutputStream(), problem);
    } else {
      html(response, status, message);
    }
  }

  private void html(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    noStore(response);
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String error = message == null ? "" : "<p class=\"error\">" + HtmlUtils.htmlEscape(message) + "</p>";
    response.getWriter().write(page.replace("<!--message-->", error));
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && (accept.contains("application/json") || accept.contains("application/problem+json"));
  }

  /** Whether the browser says the post comes from a page of another site. */
  static boolean fromAnotherSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return true;
    }
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null || origin.equals("null")) {
      return origin != null; // "null": a sandboxed or privacy-sensitive context; absent: not a browser's cross-site post
    }
    try {
      URI from = URI.create(origin);
      int port = from.getPort() != -1 ? from.getPort() : ("https".equalsIgnoreCase(from.getScheme()) ? 443 : 80);
      return !(request.getServerName().equalsIgnoreCase(from.getHost()) && request.getServerPort() == port);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
