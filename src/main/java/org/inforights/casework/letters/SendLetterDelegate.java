package org.inforights.casework.letters;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Sends the letter its service task names (input parameter {@code letter}) to the case's
 * requester; the task's other input parameters (a refusal's {@code reasons}) fill the letter. Modelled asynchronous with a retry cycle: a mail outage becomes an incident an
 * administrator retries, and never rolls back an officer's work.
 */
@ModelBean("sendLetter")
class SendLetterDelegate implements JavaDelegate {

  static final String LETTER = "letter";
  static final String CASE_REFERENCE = "caseReference";

  private final Letters letters;

  SendLetterDelegate(Letters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> extra = new HashMap<>(execution.getVariablesLocal());
    extra.remove(LETTER);
    letters.send(
        LetterType.valueOf((String) execution.getVariable(LETTER)),
        (String) execution.getVariable(CASE_REFERENCE),
        extra);
  }
}
