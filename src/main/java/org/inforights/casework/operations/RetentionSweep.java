package org.inforights.casework.operations;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.inforights.casework.casefile.CaseRetention;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * The nightly sweep of {@code processes/case-retention.bpmn}: a timer job, so exactly one node of
 * a cluster runs it. Only the number of cases erased goes into the process, never a reference.
 */
@ModelBean("eraseExpiredCases")
class RetentionSweep implements JavaDelegate {

  static final String ERASED_COUNT = "erasedCount";

  private final CaseRetention retention;

  RetentionSweep(CaseRetention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> erased = retention.eraseExpired();
    execution.setVariable(ERASED_COUNT, erased.size());
  }
}
