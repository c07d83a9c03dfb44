package org.inforights.casework.sar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.ClockStopReason;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.letters.LetterType;
import org.inforights.casework.letters.Letters;
import org.springframework.stereotype.Component;

/**
 * Stops the clock until identity or authority evidence arrives and asks the requester for it.
 * One transaction: if the letter cannot go, the clock is not stopped and the job retries.
 */
@Component("requestEvidence")
class RequestEvidenceDelegate implements JavaDelegate {

  private final CaseFileService cases;
  private final Letters letters;
  private final ProcessDeadlines deadlines;
  private final Clock clock;

  RequestEvidenceDelegate(CaseFileService cases, Letters letters, ProcessDeadlines deadlines, Clock clock) {
    this.cases = cases;
    this.letters = letters;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(SarProcess.CASE_REFERENCE);
    Object needed = execution.getVariable(SarProcess.EVIDENCE_NEEDED);
    ClockStopReason reason =
        "AUTHORITY".equals(needed) ? ClockStopReason.AUTHORITY : ClockStopReason.IDENTITY;
    LocalDate today = LocalDate.now(clock);
    cases.stopClock(reference, reason, today);
    execution.setVariable(
        SarProcess.EVIDENCE_DUE_AT, deadlines.at(today.plusMonths(1), LocalTime.of(17, 0)));
    letters.send(LetterType.EVIDENCE_REQUEST, reference);
  }
}
