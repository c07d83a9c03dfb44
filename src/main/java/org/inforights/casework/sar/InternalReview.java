package org.inforights.casework.sar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.CaseDate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.CaseStatus;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.deadline.WorkingCalendar;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.ConflictRetry;
import org.inforights.casework.platform.SystemActions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A requester's complaint about the response starts an internal review
 * ({@code processes/sar-internal-review.bpmn}): a manager reviews it afresh, more is disclosed if
 * it should have been, and the requester hears the outcome and their right to go to the ICO.
 */
@RestController
class InternalReview {

  static final String KEY = "sar-internal-review";
  static final String REVIEW_DUE_AT = "reviewDueAt";
  static final String COMPLAINT_GROUNDS = "complaintGrounds";

  /** What the requester complains of. */
  enum Grounds {
    LATE_RESPONSE,
    INFORMATION_MISSING,
    REDACTIONS_DISPUTED,
    REFUSAL_DISPUTED,
    OTHER
  }

  record Complaint(@NotNull @CaseDate LocalDate receivedOn, @NotNull Grounds grounds) {}

  private final CaseFileService cases;
  private final RuntimeService runtimeService;
  private final SystemActions systemActions;
  private final ProcessDeadlines deadlines;
  private final WorkingCalendar calendar;
  private final SarProperties properties;
  private final ConflictRetry retry;

  InternalReview(
      CaseFileService cases,
      RuntimeService runtimeService,
      SystemActions systemActions,
      ProcessDeadlines deadlines,
      WorkingCalendar calendar,
      SarProperties properties,
      ConflictRetry retry) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.systemActions = systemActions;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.properties = properties;
    this.retry = retry;
  }

  /** One transaction, re-run whole if it races the case's own jobs. */
  @PostMapping("/api/cases/{reference}/complaints")
  @ResponseStatus(HttpStatus.CREATED)
  CaseView complain(@PathVariable String reference, @Valid @RequestBody Complaint complaint) {
    return retry.run(() -> startReview(reference, complaint));
  }

  private CaseView startReview(String reference, Complaint complaint) {
    CaseView view = cases.view(reference);
    if (view.type() != CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
    if (view.status() != CaseStatus.CLOSED) {
      throw new CaseStateConflictException(reference + " is still open: a complaint is reviewed after the response");
    }
    if (complaint.receivedOn().isBefore(view.closedOn())) {
      throw new InvalidCaseInputException("receivedOn", "must not be before the case closed (" + view.closedOn() + ")");
    }
    long reviews =
        systemActions.call(
            () ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(KEY)
                    .processInstanceBusinessKey(reference)
                    .count());
    if (reviews > 0) {
      throw new CaseStateConflictException(reference + " is already under internal review");
    }
    cases.recordComplaint(reference, complaint.grounds().name(), complaint.receivedOn());
    LocalDate due = calendar.addWorkingDays(complaint.receivedOn(), properties.reviewWorkingDays());
    systemActions.run(
        () ->
            runtimeService
                .createProcessInstanceByKey(KEY)
                .businessKey(reference)
                .setVariable(SarProcess.CASE_REFERENCE, reference)
                .setVariable(COMPLAINT_GROUNDS, complaint.grounds().name())
                .setVariable(REVIEW_DUE_AT, deadlines.dueBy(due))
                .execute());
    return cases.view(reference);
  }
}
