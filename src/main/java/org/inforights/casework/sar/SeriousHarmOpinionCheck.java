package org.inforights.casework.sar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.platform.FormInput;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * A record owner's serious-harm opinion on social-work or education data may withhold only what the
 * law's test covers, and the opinion goes on the case's audit trail (who gave it is the task's
 * assignee, in the engine's history and the trail's actor).
 *
 * <ul>
 *   <li>Social-work data (DPA 2018 Sch 3 Pt 3 para 8: data a local authority processes for its social
 *       services functions): withheld under para 11 only where giving it "would be likely to
 *       prejudice carrying out social work, because it would be likely to cause serious harm to the
 *       physical or mental health of the data subject or another individual" (para 7(2)): both limbs.
 *   <li>Education data (Sch 3 Pt 4, an educational record, e.g. from a school the council maintains):
 *       withheld under para 19 where giving it would be likely to cause serious harm to the physical
 *       or mental health of the child or another individual (para 17(2)).
 * </ul>
 *
 * Data concerning health is not settled here but at "Settle the health data" (Sch 3 Pt 2).
 */
@ModelBean("seriousHarmOpinionCheck")
class SeriousHarmOpinionCheck implements TaskListener {


  private final CaseFileService cases;

  SeriousHarmOpinionCheck(CaseFileService cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    String kind = String.valueOf(task.getVariable(SarProcess.SERIOUS_HARM_DATA_KIND));
    String opinion = String.valueOf(task.getVariable(SarProcess.SERIOUS_HARM_OPINION));
    boolean harm = isTrue(task.getVariable(SarProcess.SERIOUS_HARM_TO_HEALTH));
    boolean prejudice = isTrue(task.getVariable(SarProcess.SERIOUS_HARM_PREJUDICES_SOCIAL_WORK));
    boolean withholds = !"NO_SERIOUS_HARM".equals(opinion);
    boolean socialWork = "SOCIAL_WORK".equals(kind);
    if (withholds && !harm) {
      throw FormInput.rejected(
          "Please correct: " + SarProcess.SERIOUS_HARM_OPINION + " may withhold only where giving the data would be"
              + " likely to cause serious harm to the physical or mental health of the child or another person ("
              + SarProcess.SERIOUS_HARM_TO_HEALTH + "; DPA 2018 " + (socialWork ? "Sch 3 Pt 3 para 7(2)" : "Sch 3 Pt 4 para 17(2)")
              + ")");
    }
    if (withholds && socialWork && !prejudice) {
      throw FormInput.rejected(
          "Please correct: " + SarProcess.SERIOUS_HARM_OPINION + " may withhold social-work data only where the serious"
              + " harm would also be likely to prejudice carrying out social work ("
              + SarProcess.SERIOUS_HARM_PREJUDICES_SOCIAL_WORK + "; DPA 2018 Sch 3 Pt 3 para 7(2)): both limbs of the test");
    }
    cases.recordAction(
        String.valueOf(task.getVariable(SarProcess.CASE_REFERENCE)),
        AuditAction.SERIOUS_HARM_OPINION,
        kind + ": " + opinion + (withholds ? (socialWork ? " (Sch 3 Pt 3 para 11)" : " (Sch 3 Pt 4 para 19)") : ""));
  }

  private static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
  }
}
