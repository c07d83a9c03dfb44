package org.inforights.casework.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.caseprocess.CaseProcess;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * The process's first step. Started from Tasklist, it turns the start form into the case file and
 * the request, and removes the form's personal data from the process; started by the API, both
 * exist. Either way it gives the process its deadline variables, routing facts and linked cases.
 */
@ModelBean("registerDisclosure")
class RegisterDisclosureDelegate implements JavaDelegate {

  private final DisclosureIntakeForm intakeForm;
  private final DisclosureCases disclosures;
  private final CaseFileService cases;
  private final ProcessDeadlines deadlines;

  RegisterDisclosureDelegate(
      DisclosureIntakeForm intakeForm, DisclosureCases disclosures, CaseFileService cases, ProcessDeadlines deadlines) {
    this.intakeForm = intakeForm;
    this.disclosures = disclosures;
    this.cases = cases;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(DisclosureProcess.CASE_REFERENCE);
    CaseFile file;
    if (reference == null) {
      file = disclosures.register(intakeForm.read(execution.getVariables()));
      execution.setProcessBusinessKey(file.reference());
      execution.removeVariables(DisclosureProcess.INTAKE_FIELDS);
    } else {
      file = cases.get(reference);
    }
    execution.setVariable(DisclosureProcess.CASE_REFERENCE, file.reference());
    execution.setVariables(
        file.dueAt() != null
            ? deadlines.variables(file.dueAt(), file.dueOnExplanation())
            : deadlines.variables(file.effectiveDueOn(), file.dueOnExplanation(), file.receivedOn()));
    execution.setVariables(disclosures.routingFacts(file.reference()));
    execution.setVariable(DisclosureProcess.LINKED_CASES, CaseProcess.linkedCases(file.linkedReferences()));
  }
}
