package org.inforights.casework.sar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Completing "Verify identity and authority" or "Assess competence and consent" for a request made
 * on a child's behalf: the parental responsibility, the child's legal status, the competence decision
 * and the best-interests reasons go into the case file ({@link ChildAuthorities}) and leave the
 * process in the same transaction. A value the law does not allow refuses the completion, naming the
 * field; the task stays open.
 */
@ModelBean("childAuthorityRecord")
class ChildAuthorityListener implements TaskListener {

  private final ChildAuthorities authorities;

  ChildAuthorityListener(ChildAuthorities authorities) {
    this.authorities = authorities;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = String.valueOf(task.getVariable(SarProcess.CASE_REFERENCE));
    try {
      if (SarProcess.TASK_VERIFY_IDENTITY.equals(task.getTaskDefinitionKey())) {
        boolean forChild = Boolean.TRUE.equals(task.getVariable(SarProcess.COMPETENCE_CHECK_NEEDED));
        if (SarProcess.IdentityOutcome.VERIFIED.name().equals(task.getVariable(SarProcess.IDENTITY_OUTCOME))) {
          if (forChild) {
            authorities.recordResponsibility(
                reference,
                FormValues.choice(task.getVariable(SarProcess.PR_BASIS), SarProcess.PR_BASIS, ParentalResponsibilityBasis::valueOf),
                FormValues.choice(task.getVariable(SarProcess.CHILD_LEGAL_STATUS), SarProcess.CHILD_LEGAL_STATUS, ChildLegalStatus::valueOf),
                isTrue(task.getVariable(SarProcess.PR_LIMITED)));
          }
          // a case registered under the earlier rule (a parent, a child of 12 or more) is routed by
          // today's: every request made for a child has the child's competence assessed
          task.getExecution().setVariable(SarProcess.COMPETENCE_CHECK_NEEDED, authorities.actingForAChild(reference));
        }
      } else {
        Object outcome = task.getVariable(SarProcess.COMPETENCE_OUTCOME);
        java.util.List<String> factors = SarProcess.COMPETENCE_FACTORS.entrySet().stream()
            .filter(factor -> isTrue(task.getVariable(factor.getKey())))
            .map(java.util.Map.Entry::getValue)
            .toList();
        authorities.recordCompetence(
            reference,
            FormValues.choice(task.getVariable(SarProcess.COMPETENCE_OUTCOME), SarProcess.COMPETENCE_OUTCOME, CompetenceOutcome::valueOf),
            factors,
            outcome == null ? null : FormValues.text(task.getVariable(SarProcess.BEST_INTERESTS_REASON)));
      }
    } catch (InvalidCaseInputException e) {
      throw FormValues.refused(e, e.field());
    }
    task.getExecution().removeVariables(SarProcess.CHILD_AUTHORITY_FIELDS);
  }

  private static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
  }


}
