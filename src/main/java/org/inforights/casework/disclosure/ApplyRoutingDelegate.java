package org.inforights.casework.disclosure;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.caseprocess.FormValues;
import org.inforights.casework.caseprocess.ProcessLists;
import org.inforights.casework.platform.CurrentUser;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Applies the routing: the table's result (input parameter {@code source} = {@code table}; the
 * business rule task before it leaves it in {@code routing}, or nothing when no rule matched), or
 * the manager's choice (source {@code manager}). Sets the approving groups in order, whether a
 * DPIA is needed, and moves the case's target.
 */
@ModelBean("applyRouting")
class ApplyRoutingDelegate implements JavaDelegate {

  static final String SOURCE = "source";
  static final String FROM_TABLE = "table";

  private final DisclosureCases disclosures;
  private final CurrentUser currentUser;

  ApplyRoutingDelegate(DisclosureCases disclosures, CurrentUser currentUser) {
    this.disclosures = disclosures;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean fromTable = FROM_TABLE.equals(execution.getVariableLocal(SOURCE));
    String reference = (String) execution.getVariable(DisclosureProcess.CASE_REFERENCE);
    Object approvals;
    Object dpia;
    Object target;
    Object hours = null;
    String decidedBy;
    if (fromTable) {
      @SuppressWarnings("unchecked")
      Map<String, Object> routing = (Map<String, Object>) execution.getVariable(DisclosureProcess.ROUTING);
      execution.removeVariable(DisclosureProcess.ROUTING);
      if (routing == null || routing.get(DisclosureProcess.APPROVALS) == null) {
        execution.setVariable(DisclosureProcess.ROUTING_FOUND, false);
        return;
      }
      approvals = routing.get(DisclosureProcess.APPROVALS);
      dpia = routing.get(DisclosureProcess.DPIA_REQUIRED);
      target = routing.get(DisclosureProcess.TARGET_WORKING_DAYS);
      hours = routing.get(DisclosureProcess.TARGET_HOURS);
      decidedBy = "routing table " + DisclosureProcess.ROUTING_DECISION;
    } else {
      approvals = execution.getVariable(DisclosureProcess.APPROVALS);
      dpia = execution.getVariable(DisclosureProcess.DPIA_REQUIRED);
      target = execution.getVariable(DisclosureProcess.TARGET_WORKING_DAYS);
      decidedBy = currentUser.id();
      if (target == null) {
        throw FormValues.refused(new InvalidCaseInputException(DisclosureProcess.TARGET_WORKING_DAYS, "is required"),
            DisclosureProcess.TARGET_WORKING_DAYS);
      }
    }
    boolean dpiaRequired = Boolean.TRUE.equals(dpia) || "true".equals(String.valueOf(dpia));
    DisclosureCases.Routed routed = disclosures.recordRouting(reference, approvals, dpiaRequired, target, hours, decidedBy);
    execution.setVariable(DisclosureProcess.ROUTING_FOUND, true);
    // read by the compelled gateway after routing, also for cases registered before it existed
    execution.setVariable(DisclosureProcess.COMPELLED, routed.compelled());
    execution.setVariable(DisclosureProcess.APPROVALS, String.valueOf(approvals));
    execution.setVariable(DisclosureProcess.DPIA_REQUIRED, dpiaRequired);
    execution.setVariable(DisclosureProcess.APPROVER_GROUPS, ProcessLists.join(routed.groups()));
    execution.setVariable(DisclosureProcess.DISCLOSURE_CONDITIONS, "");
  }
}
