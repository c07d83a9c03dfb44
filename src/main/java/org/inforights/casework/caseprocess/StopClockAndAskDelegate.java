package org.inforights.casework.caseprocess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.ClockStopReason;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.letters.LetterType;
import org.inforights.casework.letters.Letters;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Stops the clock until the requester answers, and asks them: for identity or authority evidence,
 * or to clarify their request. What to ask comes from the variables the caller passes to "ask the
 * requester" ({@link AskTheRequester}; in models before it, the step's input parameters): why the
 * clock stops ({@code stopReason}, identity when not given), the letter ({@code letter}) and how
 * long the requester has ({@code replyWithin}, an ISO period, {@code P1M} when not given). The
 * reply-by day is kept once: as {@code evidenceDueAt} (the end of that working day), which the
 * answer task's due date and the "no answer" timer read, and in the evidence request letter, which
 * tells the requester that the request closes if nothing has come by then. One transaction: if the
 * letter cannot go, the clock is not stopped and the job retries.
 */
@ModelBean("stopClockAndAsk")
class StopClockAndAskDelegate implements JavaDelegate {

  private final CaseFileService cases;
  private final Letters letters;
  private final ProcessDeadlines deadlines;
  private final Clock clock;

  StopClockAndAskDelegate(CaseFileService cases, Letters letters, ProcessDeadlines deadlines, Clock clock) {
    this.cases = cases;
    this.letters = letters;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** How long the requester has to answer, as the model states it. */
  static final String REPLY_WITHIN = AskTheRequester.REPLY_WITHIN;
  static final java.time.Period DEFAULT_REPLY_WITHIN = java.time.Period.ofMonths(1);

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AskTheRequester.CASE_REFERENCE);
    Object reason = execution.getVariable(AskTheRequester.STOP_REASON);
    LocalDate today = LocalDate.now(clock);
    cases.stopClock(
        reference, reason == null ? ClockStopReason.IDENTITY : ClockStopReason.valueOf(reason.toString()), today);
    LocalDate replyBy = today.plus(replyWithin(execution));
    setReplyBy(execution, deadlines, replyBy);
    LetterType letter = LetterType.valueOf((String) execution.getVariable(AskTheRequester.LETTER));
    if (letter == LetterType.EVIDENCE_REQUEST) {
      // the same day the model's "no evidence" timer waits for: the letter and the closure cannot disagree
      letters.send(letter, reference, Map.of("replyBy", replyBy));
    } else {
      letters.send(letter, reference);
    }
  }

  /**
   * The reply-by day as the process keeps it: the answer task's due date, and, where the caller
   * said no answer ends the wait ({@link AskTheRequester#NO_ANSWER_CLOSES}), when its timer fires;
   * otherwise that timer waits for ever. Models before the called process have no such timer.
   */
  static void setReplyBy(DelegateExecution execution, ProcessDeadlines deadlines, LocalDate replyBy) {
    execution.setVariable(AskTheRequester.REPLY_DUE_AT, deadlines.dueBy(replyBy));
    Object closes = execution.getVariable(AskTheRequester.NO_ANSWER_CLOSES);
    if (closes != null) {
      execution.setVariable(
          AskTheRequester.NO_ANSWER_AT,
          Boolean.TRUE.equals(closes)
              ? deadlines.dueBy(replyBy)
              : deadlines.at(ProcessDeadlines.CLOCK_STOPPED, java.time.LocalTime.MIDNIGHT));
    }
  }

  static java.time.Period replyWithin(DelegateExecution execution) {
    Object value = execution.getVariable(REPLY_WITHIN);
    if (value == null || value.toString().isBlank()) {
      return DEFAULT_REPLY_WITHIN;
    }
    try {
      java.time.Period period = java.time.Period.parse(value.toString().strip());
      if (period.isNegative() || period.isZero()) {
        throw new IllegalStateException("The model's replyWithin must be a positive period, not " + value);
      }
      return period;
    } catch (java.time.format.DateTimeParseException e) {
      // a fault in the model: the step becomes an incident an analyst can see and fix
      throw new IllegalStateException("The model's replyWithin is not an ISO period such as P1M: " + value, e);
    }
  }
}
