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
 * Stops the clock until the requester clarifies what they are looking for, and asks them. One
 * transaction: if the letter cannot go, the clock is not stopped and the job retries.
 */
@Component("askForClarification")
class AskForClarificationDelegate implements JavaDelegate {

  private final CaseFileService cases;
  private final Letters letters;
  private final ProcessDeadlines deadlines;
  private final Clock clock;

  AskForClarificationDelegate(CaseFileService cases, Letters letters, ProcessDeadlines deadlines, Clock clock) {
    this.cases = cases;
    this.letters = letters;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(SarProcess.CASE_REFERENCE);
    LocalDate today = LocalDate.now(clock);
    cases.stopClock(reference, ClockStopReason.CLARIFICATION, today);
    execution.setVariable(SarProcess.EVIDENCE_DUE_AT, deadlines.at(today.plusMonths(1), LocalTime.of(17, 0)));
    letters.send(LetterType.CLARIFICATION_REQUEST, reference);
  }
}
