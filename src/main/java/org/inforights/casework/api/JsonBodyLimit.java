package org.inforights.casework.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON body to {@code /api} larger than {@code casework.api.max-json-bytes} (64 KB by
 * default; the largest field allowed is 4,000 characters) with a 413 problem, before anything
 * reads it into memory. Documents come as multipart uploads, which have their own limit.
 */
@Component
class JsonBodyLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final ObjectMapper objectMapper;

  JsonBodyLimit(@Value("${casework.api.max-json-bytes:65536}") long maxBytes, ObjectMapper objectMapper) {
    this.maxBytes = maxBytes;
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || (contentType != null && contentType.toLowerCase().startsWith("multipart/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      tooLarge(response);
      return;
    }
    // a body without a declared length (chunked) is counted as it is read
    chain.doFilter(new Limited(request, maxBytes), response);
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    ProblemDetail problem = tooLarge(maxBytes);
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  static ProblemDetail tooLarge(long maxBytes) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes");
    problem.setTitle("Request too large");
    return problem;
  }

  /**
   * A body without a declared length that grew past the limit while it was read. Whatever reads
   * it (the JSON converter) fails; {@link ApiExceptionHandler} finds this among the causes and
   * answers 413, not "not well-formed".
   */
  static final class TooLarge extends IOException {
    private final long maxBytes;

    TooLarge(long maxBytes) {
      super("request body larger than " + maxBytes + " bytes");
      this.maxBytes = maxBytes;
    }

    /** The body limit exceeded somewhere in {@code error}'s causes, if it was. */
    static java.util.Optional<TooLarge> in(Throwable error) {
      for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
        if (cause instanceof TooLarge tooLarge) {
          return java.util.Optional.of(tooLarge);
        }
      }
      return java.util.Optional.empty();
    }

    long maxBytes() {
      return maxBytes;
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long maxBytes;

    Limited(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          if (n > 0) {
            count(n);
          }
          return n;
        }

        private void count(int n) throws IOException {
          read += n;
          if (read > maxBytes) {
            throw new TooLarge(maxBytes);
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
