package org.inforights.casework.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.casefile.UnacceptableDocumentException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.inforights.casework.platform.BusyDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of our API as an RFC 9457 problem document. Bad input names each bad field in
 * {@code errors}; nothing echoes the submitted values, which may be personal data.
 */
@RestControllerAdvice(basePackages = "org.inforights.casework")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** Problem documents written ahead of the response (see the upload limit below). */
  private static final ObjectMapper PROBLEM_JSON =
      Jackson2ObjectMapperBuilder.json().serializationInclusion(JsonInclude.Include.NON_NULL).build();

  /** One bad field: its JSON path and what is wrong with it. */
  record FieldError(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .distinct()
            .toList();
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    var tooLarge = JsonBodyLimit.TooLarge.in(ex);
    if (tooLarge.isPresent()) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(JsonBodyLimit.tooLarge(tooLarge.get().maxBytes()));
    }
    Throwable cause = ex.getCause();
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return ResponseEntity.badRequest()
          .body(invalid(List.of(new FieldError(path(unknown), "is not a known field"))));
    }
    if (cause instanceof InvalidFormatException format) {
      return ResponseEntity.badRequest()
          .body(invalid(List.of(new FieldError(path(format), expected(format.getTargetType())))));
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return ResponseEntity.badRequest()
          .body(invalid(List.of(new FieldError(path(mismatch), expected(mismatch.getTargetType())))));
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The request body is missing or is not well-formed JSON");
    problem.setTitle("Unreadable request");
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(InvalidCaseInputException.class)
  ResponseEntity<ProblemDetail> invalidCaseInput(InvalidCaseInputException ex) {
    return ResponseEntity.badRequest()
        .body(invalid(List.of(new FieldError(ex.field(), ex.getMessage()))));
  }

  @ExceptionHandler(UnacceptableDocumentException.class)
  ResponseEntity<ProblemDetail> unacceptableDocument(UnacceptableDocumentException ex) {
    HttpStatus status =
        switch (ex.reason()) {
          case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
          case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
          case EMPTY -> HttpStatus.BAD_REQUEST;
        };
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "file " + ex.getMessage());
    problem.setTitle("Document not accepted");
    problem.setProperty("errors", List.of(new FieldError("file", ex.getMessage())));
    return ResponseEntity.status(status).body(problem);
  }

  /**
   * An upload over {@code spring.servlet.multipart} limits. Tomcat closes the connection after a
   * 413 without reading the rest of the upload, so the client may see the connection reset before
   * a response sent in chunks ends: the problem goes as one block with its length.
   */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than allowed");
    problem.setTitle("Document not accepted");
    problem.setProperty("errors", List.of(new FieldError("file", "is larger than allowed")));
    if (request instanceof ServletWebRequest servlet) {
      problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
    }
    try {
      byte[] body = PROBLEM_JSON.writeValueAsBytes(problem);
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .contentLength(body.length)
          .body(body);
    } catch (JsonProcessingException e) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      MissingServletRequestPartException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest()
        .body(invalid(List.of(new FieldError(ex.getRequestPartName(), "is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest()
        .body(invalid(List.of(new FieldError(ex.getParameterName(), "is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
    return ResponseEntity.badRequest()
        .body(invalid(List.of(new FieldError(field == null ? "(parameter)" : field, expected(ex.getRequiredType())))));
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(CaseNotFoundException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("Unknown case");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  @ExceptionHandler(CaseStateConflictException.class)
  ResponseEntity<ProblemDetail> conflict(CaseStateConflictException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Not possible in the case's current state");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  /** A client's {@code Idempotency-Key} reused for a different request: never answered with the first case. */
  @ExceptionHandler(org.inforights.casework.casefile.IdempotencyKeyReusedException.class)
  ResponseEntity<ProblemDetail> idempotencyKeyReused(org.inforights.casework.casefile.IdempotencyKeyReusedException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key " + ex.getMessage());
    problem.setTitle("Idempotency key reused");
    problem.setProperty("errors", List.of(new FieldError("Idempotency-Key", ex.getMessage())));
    return ResponseEntity.unprocessableEntity().body(problem);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "Someone else changed this case at the same time; reload it and try again");
    problem.setTitle("Concurrent change");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  /** The database was busy (a lock not granted in time, no free connection): try again shortly. */
  @ExceptionHandler({TransientDataAccessException.class, CannotCreateTransactionException.class})
  ResponseEntity<ProblemDetail> busyDatabase(RuntimeException ex) {
    log.warn("Answered 503: the database was busy ({})", ex.getClass().getSimpleName());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, BusyDatabase.DETAIL);
    problem.setTitle(BusyDatabase.TITLE);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(BusyDatabase.RETRY_AFTER_SECONDS))
        .body(problem);
  }

  /**
   * The engine refused or failed inside one of our services: another officer's change to the same
   * process is a conflict, a missing permission a 403, a busy database worth a retry; anything
   * else is our fault, answered without the engine's message (it may quote variable values).
   */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<ProblemDetail> engineFailure(ProcessEngineException ex) {
    if (ex instanceof OptimisticLockingException) {
      return concurrentChange(new OptimisticLockingFailureException("engine", ex));
    }
    if (ex instanceof AuthorizationException) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your groups may not do this to this case");
      problem.setTitle("Not allowed");
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
    if (BusyDatabase.isCause(ex)) {
      return busyDatabase(ex);
    }
    log.error("The engine failed to complete a request", ex);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed; nothing was saved");
    problem.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(problem);
  }

  private static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ")));
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static String path(JsonMappingException ex) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : ex.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "(body)" : path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "has the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }
    if (type == java.time.LocalDate.class) {
      return "must be an ISO date (yyyy-mm-dd)";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "must be a number";
    }
    if (type == String.class) {
      return "must be a string";
    }
    return "must be an object of the expected shape";
  }
}
