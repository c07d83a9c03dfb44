package org.inforights.casework.sar;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.caseprocess.CaseProcess;
import org.inforights.casework.caseprocess.ProcessLists;
import org.inforights.casework.deadline.WorkingCalendar;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * The process's first step. Started from Tasklist, it turns the start form into the case file and
 * removes the form's personal data from the process; started by intake, the case exists. Either
 * way it gives the process its deadline variables and routing facts.
 */
@ModelBean("registerSar")
class RegisterSarDelegate implements JavaDelegate {

  private final IntakeForm intakeForm;
  private final SarIntake intake;
  private final CaseFileService cases;
  private final ProcessDeadlines deadlines;
  private final WorkingCalendar calendar;
  private final SarProperties properties;
  private final Clock clock;

  RegisterSarDelegate(
      IntakeForm intakeForm,
      SarIntake intake,
      CaseFileService cases,
      ProcessDeadlines deadlines,
      WorkingCalendar calendar,
      SarProperties properties,
      Clock clock) {
    this.intakeForm = intakeForm;
    this.intake = intake;
    this.cases = cases;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(SarProcess.CASE_REFERENCE);
    CaseFile file;
    if (reference == null) {
      file = intake.register(intakeForm.read(execution.getVariables()));
      execution.setProcessBusinessKey(file.reference());
      execution.removeVariables(SarProcess.INTAKE_FIELDS);
    } else {
      file = cases.get(reference);
    }
    execution.setVariable(SarProcess.CASE_REFERENCE, file.reference());
    execution.setVariables(deadlines.variables(file.effectiveDueOn(), file.dueOnExplanation()));
    execution.setVariable(CaseProcess.LINKED_CASES, CaseProcess.linkedCases(file.linkedReferences()));
    execution.setVariable(SarProcess.COMPETENCE_CHECK_NEEDED, ChildAuthorities.actingForAChild(file));
    // routing facts a later form sets; false until an officer says otherwise
    execution.setVariable(SarProcess.CLARIFICATION_NEEDED, false);
    execution.setVariable(SarProcess.SERIOUS_HARM_CONSULTATION_NEEDED, false);
    execution.setVariable(SarProcess.RECORDS_SYSTEMS, ProcessLists.join(properties.recordsSystems()));
    LocalDate searchDue = calendar.addWorkingDays(LocalDate.now(clock), properties.searchWorkingDays());
    execution.setVariable(SarProcess.SEARCH_DUE_AT, deadlines.dueBy(searchDue));
  }

}
