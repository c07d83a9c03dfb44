package org.inforights.casework.sar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.CaseDate;
import org.inforights.casework.casefile.CaseFileService;
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
 * A complaint to the council about a case starts a review of its own
 * ({@code processes/sar-internal-review.bpmn}). DPA 2018 s.164A (inserted by the Data (Use and
 * Access) Act 2025 s.103) lets a data subject complain to the controller at any time about an
 * infringement: so a complaint is accepted while the request is still open (a response that is
 * late and not yet sent), after it closed, and about a disclosure of a child's data; each
 * complaint is reviewed on its own, even while another is. It is acknowledged within 30 days
 * beginning with the day it was received (s.164A(3): a task due on the 30th day, handed to a
 * manager if still open then), reviewed afresh, more disclosed if it should have been, and the
 * complainant told the outcome (s.164A(4)): by letter when the requester complained, by an officer
 * otherwise.
 */
@RestController
class InternalReview {

  static final String KEY = "sar-internal-review";
  static final String REVIEW_DUE_AT = "reviewDueAt";
  static final String COMPLAINT_GROUNDS = "complaintGrounds";
  static final String ACKNOWLEDGE_BY = "acknowledgeBy";
  static final String OUTCOME_BY_LETTER = "outcomeByLetter";
  /** *Review the response afresh*: what the review found ({@link ReviewOutcome}). */
  static final String REVIEW_OUTCOME = "reviewOutcome";
  /** Days the steps were done, from their forms, kept for the case's history only. */
  static final String COMPLAINT_ACKNOWLEDGED_ON = "complaintAcknowledgedOn";
  static final String FURTHER_DISCLOSURE_SENT_ON = "furtherDisclosureSentOn";
  static final String COMPLAINANT_TOLD_ON = "complainantToldOn";
  /** s.164A(3): "within the period of 30 days beginning when the complaint is received". */
  static final int ACKNOWLEDGEMENT_DAYS = 30;

  /** What the requester complains of. */
  enum Grounds {
    LATE_RESPONSE,
    INFORMATION_MISSING,
    REDACTIONS_DISPUTED,
    REFUSAL_DISPUTED,
    DISCLOSURE_DISPUTED,
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
    if (complaint.receivedOn().isBefore(view.receivedOn())) {
      throw new InvalidCaseInputException(
          "receivedOn", "must not be before the request was received (" + view.receivedOn() + ")");
    }
    if (view.type() != CaseType.SAR
        && (complaint.grounds() == Grounds.LATE_RESPONSE || complaint.grounds() == Grounds.REFUSAL_DISPUTED)) {
      throw new InvalidCaseInputException("grounds", "a disclosure request has no response to the data subject");
    }
    cases.recordComplaint(reference, complaint.grounds().name(), complaint.receivedOn());
    LocalDate due = calendar.addWorkingDays(complaint.receivedOn(), properties.reviewWorkingDays());
    LocalDate acknowledgeBy = complaint.receivedOn().plusDays(ACKNOWLEDGEMENT_DAYS - 1);
    systemActions.run(
        () ->
            runtimeService
                .createProcessInstanceByKey(KEY)
                .businessKey(reference)
                .setVariable(SarProcess.CASE_REFERENCE, reference)
                .setVariable(COMPLAINT_GROUNDS, complaint.grounds().name())
                .setVariable(REVIEW_DUE_AT, deadlines.dueBy(due))
                .setVariable(ACKNOWLEDGE_BY, deadlines.dueBy(acknowledgeBy))
                .setVariable(OUTCOME_BY_LETTER, view.type() == CaseType.SAR)
                .execute());
    return cases.view(reference);
  }
}
