package org.inforights.casework.sar;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.ExtensionGround;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.platform.FormInput;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * A manager extends a case by two months, on its ground and with reasons: at the at-risk review,
 * approving an officer's request, or through {@code POST /api/cases/{ref}/extension} (the event
 * subprocess *Extended through the API*, which the API has checked first). The timers move; the
 * model's escalation after this step has the requester told. It is decided today, never as of an
 * earlier day, and only on a ground UK GDPR Art 12(3) allows ({@link ExtensionGround}). A case on an
 * earlier version of the model, whose form has no ground to choose, is extended through
 * {@code POST /api/cases/{ref}/extension} instead.
 */
@ModelBean("extendDeadline")
class ExtendDeadlineDelegate implements JavaDelegate {

  private final CaseFileService cases;
  private final Clock clock;

  ExtendDeadlineDelegate(CaseFileService cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = execution.getVariable(SarProcess.EXTENSION_REASON);
    if (reason == null || reason.toString().isBlank()) {
      throw FormInput.rejected(SarProcess.EXTENSION_REASON + " is required to extend: the requester is told the reasons");
    }
    ExtensionGround ground = ground(execution.getVariable(SarProcess.EXTENSION_GROUND));
    try {
      cases.extend(
          (String) execution.getVariable(SarProcess.CASE_REFERENCE),
          ground,
          reason.toString().strip(),
          LocalDate.now(clock));
    } catch (InvalidCaseInputException | CaseStateConflictException e) {
      throw FormInput.rejected("Cannot extend: " + e.getMessage());
    }
  }

  private static ExtensionGround ground(Object value) {
    if (value != null) {
      for (ExtensionGround ground : ExtensionGround.values()) {
        if (ground.name().equals(value.toString())) {
          return ground;
        }
      }
    }
    throw FormInput.rejected(
        SarProcess.EXTENSION_GROUND
            + " must be COMPLEX or NUMEROUS to extend: UK GDPR Art 12(3) allows no other ground"
            + " (a case whose form does not ask for it is extended through POST /api/cases/{ref}/extension)");
  }
}
