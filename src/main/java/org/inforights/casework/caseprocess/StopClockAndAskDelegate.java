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
 * or to clarify their request. The reply-by day, a month from today, is kept once: as
 * {@code evidenceDueAt} (the end of that working day), which the task's due date and the model's
 * "no evidence" timer read, and in the evidence request letter, which tells the requester that the
 * request closes if nothing has come by then. The task's input parameters name why ({@code stopReason}, identity
 * when not given) and the letter ({@code letter}). One transaction: if the letter cannot go, the
 * clock is not stopped and the job retries.
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

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(CaseProcess.CASE_REFERENCE);
    Object reason = execution.getVariableLocal(CaseProcess.STOP_REASON);
    LocalDate today = LocalDate.now(clock);
    cases.stopClock(
        reference, reason == null ? ClockStopReason.IDENTITY : ClockStopReason.valueOf(reason.toString()), today);
    LocalDate replyBy = today.plusMonths(1);
    execution.setVariable(CaseProcess.EVIDENCE_DUE_AT, deadlines.dueBy(replyBy));
    LetterType letter = LetterType.valueOf((String) execution.getVariableLocal(CaseProcess.LETTER));
    if (letter == LetterType.EVIDENCE_REQUEST) {
      // the same day the model's "no evidence" timer waits for: the letter and the closure cannot disagree
      letters.send(letter, reference, Map.of("replyBy", replyBy));
    } else {
      letters.send(letter, reference);
    }
  }
}
