package org.inforights.casework.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.stereotype.Component;

/**
 * Two people acting on one case at once (two officers completing the same task in Tasklist, an
 * API call racing a Tasklist completion): the engine or the case file refuses the second, and
 * Camunda's REST API would answer it with a 500. This answers it with a 409 problem document
 * instead, as {@code /api} does; a database too busy to answer in time with a 503 and a
 * {@code Retry-After} ({@link BusyDatabase}); a change to a job that does not exist with a 404;
 * a user's request the engine refused, which some of Camunda's resources answer with a 500, with a
 * 400 ({@link #userError}); and leaves every other error to Camunda's own handlers.
 *
 * <p>A conflict is an engine's {@link OptimisticLockingException}, the case file's optimistic lock
 * ({@link OptimisticLockingFailureException}) or a {@link StateConflictException} such as the case
 * file's (the case is no longer in the state the action needs), wherever in the cause chain it sits.
 */
@Component
class EngineRestConflicts implements ResourceConfigCustomizer {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A task's completion or form submission: {@code task/{id}/complete} or {@code task/{id}/submit-form}. */
  private static final java.util.regex.Pattern TASK_COMPLETION =
      java.util.regex.Pattern.compile("/?task/([^/]+)/(complete|submit-form)/?");

  /** A request about one job: {@code job/{id}} and what lies under it, e.g. {@code job/{id}/retries}. */
  private static final java.util.regex.Pattern ONE_JOB = java.util.regex.Pattern.compile("/?job/([^/]+)(/.*)?");

  /** {@code job/count}, {@code job/retries} and {@code job/suspended} are about many jobs, not one. */
  private static final java.util.Set<String> JOB_COLLECTION = java.util.Set.of("count", "retries", "suspended");

  private final HistoryService historyService;
  private final ManagementService managementService;
  private final SystemActions system;

  EngineRestConflicts(HistoryService historyService, ManagementService managementService, SystemActions system) {
    this.historyService = historyService;
    this.managementService = managementService;
    this.system = system;
  }

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(new RestConflicts(this));
    config.register(new EngineConflicts(this));
    config.register(CaseFileConflicts.class);
    config.register(BusyDatabaseAccess.class);
    config.register(BusyDatabaseConnection.class);
  }

  /** The conflict in the cause chain of {@code error}, if there is one. */
  static Optional<Throwable> conflict(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException
          || cause instanceof OptimisticLockingFailureException
          || cause instanceof StateConflictException) {
        return Optional.of(cause);
      }
    }
    return Optional.empty();
  }

  static Response conflictResponse(Throwable conflict) {
    return conflictResponse(
        conflict,
        conflict instanceof StateConflictException
            ? conflict.getMessage()
            : "Someone else changed this case or task at the same time; reload it and try again");
  }

  static Response conflictResponse(Throwable conflict, String detail) {
    // the case file's own message says what state stopped it; nothing else is echoed
    return problem(Response.Status.CONFLICT, "Concurrent change", detail).build();
  }

  static Response busyResponse() {
    return problem(Response.Status.SERVICE_UNAVAILABLE, BusyDatabase.TITLE, BusyDatabase.DETAIL)
        .header("Retry-After", BusyDatabase.RETRY_AFTER_SECONDS)
        .build();
  }

  /**
   * A problem document that Tasklist and Cockpit can show too: they display the {@code message}
   * of Camunda's own error answers, so it repeats the detail.
   */
  private static Response.ResponseBuilder problem(Response.Status status, String title, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.getStatusCode());
    problem.put("detail", detail);
    problem.put("message", detail);
    try {
      return Response.status(status).type("application/problem+json").entity(JSON.writeValueAsString(problem));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether the task this request completes was already completed: the slower of two officers
   * finds it gone, which is a conflict with the faster one, not an unknown task.
   */
  boolean completedAlready(UriInfo uri) {
    java.util.regex.Matcher completion = TASK_COMPLETION.matcher(uri.getPath());
    if (!completion.matches()) {
      return false;
    }
    String taskId = completion.group(1);
    return system.call(
        () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
  }

  /** Camunda's resources wrap engine failures in a {@link RestException} (a 500). */
  @Priority(1)
  static class RestConflicts implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();
    private final EngineRestConflicts conflicts;

    @Context private UriInfo uri;

    RestConflicts(EngineRestConflicts conflicts) {
      this.conflicts = conflicts;
    }

    @Override
    public Response toResponse(RestException exception) {
      return conflicts.answer(exception, uri, () -> camunda.toResponse(exception));
    }
  }

  /**
   * Engine failures that reach the REST layer unwrapped. The slower of two officers completing one
   * task may also be refused for want of a right to it (the faster one's completion took the task
   * away from their groups): that is the same conflict, not a missing permission.
   */
  @Priority(1)
  static class EngineConflicts implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
    private final EngineRestConflicts conflicts;

    @Context private UriInfo uri;

    EngineConflicts(EngineRestConflicts conflicts) {
      this.conflicts = conflicts;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return conflicts.answer(exception, uri, () -> camunda.toResponse(exception));
    }
  }

  /**
   * A 409 for a conflict in the cause chain of {@code error} or for a task completion that lost to
   * another one, a 503 when the database was busy; otherwise Camunda's own answer.
   */
  Response answer(Throwable error, UriInfo uri, java.util.function.Supplier<Response> otherwise) {
    Optional<Throwable> conflict = conflict(error);
    if (conflict.isPresent()) {
      return conflictResponse(conflict.get());
    }
    if (BusyDatabase.isCause(error)) {
      return busyResponse();
    }
    if (completedAlready(uri)) {
      return completedFirst();
    }
    if (unknownJob(uri)) {
      return problem(Response.Status.NOT_FOUND, "Unknown job",
          "There is no job with this id: it may have run or been deleted since it was listed").build();
    }
    Optional<Throwable> refused = userError(error);
    if (refused.isPresent()
        && ExceptionHandlerHelper.getInstance().getStatus(error) == Response.Status.INTERNAL_SERVER_ERROR) {
      return problem(Response.Status.BAD_REQUEST, "Bad request", withoutSubmittedValues(refused.get().getMessage())).build();
    }
    return withoutSubmittedValues(otherwise.get());
  }

  /**
   * Camunda's message for a variable of the wrong type quotes the value ("Cannot convert value
   * 'Jane Smith' of type 'Integer' …"), which may be a person's name, into the answer and any log
   * that keeps it. The message keeps the type and loses the value.
   */
  private static final java.util.regex.Pattern CONVERSION =
      java.util.regex.Pattern.compile("(?s)Cannot convert value '.*' of type '([^']*)'(?: to java type [\\w.$]+)?");

  static Response withoutSubmittedValues(Response response) {
    if (response.getEntity() instanceof ExceptionDto dto && dto.getMessage() != null) {
      dto.setMessage(withoutSubmittedValues(dto.getMessage()));
    }
    return response;
  }

  static String withoutSubmittedValues(String message) {
    return CONVERSION.matcher(message).replaceAll("Cannot convert a submitted value to type '$1'");
  }

  /**
   * Whether this request is about a job that does not exist. Camunda answers a change to an
   * unknown job's retries (or due date, priority, suspension) with a 500 carrying the engine's
   * message; an administrator retrying a job that has just run should hear 404.
   */
  boolean unknownJob(UriInfo uri) {
    if (uri == null) {
      return false;
    }
    java.util.regex.Matcher job = ONE_JOB.matcher(uri.getPath());
    if (!job.matches()) {
      return false;
    }
    String jobId = job.group(1);
    if (JOB_COLLECTION.contains(jobId)) {
      return false;
    }
    return system.call(() -> managementService.createJobQuery().jobId(jobId).count() == 0);
  }

  /**
   * The engine's refusal of what a user asked ({@link BadUserRequestException}, or a
   * {@link FormFieldValidationException} from a task listener, e.g. a variable they may not set or
   * a user a task may not go to), which some of Camunda's resources (variables, claim, identity
   * links) answer with a 500.
   */
  static Optional<Throwable> userError(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BadUserRequestException || cause instanceof FormFieldValidationException) {
        return Optional.of(cause);
      }
    }
    return Optional.empty();
  }

  static Response completedFirst() {
    return conflictResponse(new IllegalStateException("completed already"),
        "Someone else completed this task first; reload Tasklist to see where the case is now");
  }

  /** The case file's optimistic lock, failing when the engine's transaction commits. */
  static class CaseFileConflicts implements ExceptionMapper<OptimisticLockingFailureException> {
    @Override
    public Response toResponse(OptimisticLockingFailureException exception) {
      return conflictResponse(exception);
    }
  }

  /** A busy database failing the engine's transaction as it commits (a lock, a deadlock). */
  static class BusyDatabaseAccess implements ExceptionMapper<TransientDataAccessException> {
    @Override
    public Response toResponse(TransientDataAccessException exception) {
      return busyResponse();
    }
  }

  /** No free connection to start the engine's transaction with. */
  static class BusyDatabaseConnection implements ExceptionMapper<CannotCreateTransactionException> {
    @Override
    public Response toResponse(CannotCreateTransactionException exception) {
      return busyResponse();
    }
  }
}
