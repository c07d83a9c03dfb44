package org.inforights.casework.sar;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.letters.LetterType;
import org.inforights.casework.letters.Letters;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Tells the requester the internal review's outcome and their right to go to the ICO, and records
 * it on the case; retried, then an incident, if mail is down.
 */
@ModelBean("sendReviewOutcome")
class SendReviewOutcomeDelegate implements JavaDelegate {

  private final Letters letters;
  private final CaseFileService cases;

  SendReviewOutcomeDelegate(Letters letters, CaseFileService cases) {
    this.letters = letters;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(SarProcess.CASE_REFERENCE);
    ReviewOutcome outcome = ReviewOutcome.of(execution.getVariable(InternalReview.REVIEW_OUTCOME));
    Map<String, Object> fields = new HashMap<>(outcome.letterFields());
    fields.put("furtherDisclosure", Boolean.TRUE.equals(execution.getVariable("furtherDisclosure")));
    letters.send(LetterType.REVIEW_OUTCOME, reference, fields);
    cases.recordReviewOutcome(reference, outcome.name());
  }
}
