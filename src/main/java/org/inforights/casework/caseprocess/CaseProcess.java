package org.inforights.casework.caseprocess;

/**
 * The names every case's process shares with the steps in this package: the case reference it
 * carries, the answers that restart or resume its clock, how it closes. Both
 * {@code processes/subject-access-request.bpmn} and {@code processes/disclosure-approval.bpmn} use
 * them, so a step written once serves both.
 */
public final class CaseProcess {

  /** The case reference; also the business key. */
  public static final String CASE_REFERENCE = "caseReference";

  /** The day identity or authority evidence arrived (a form field). */
  public static final String EVIDENCE_RECEIVED_ON = "evidenceReceivedOn";
  /** When the wait for evidence ends without it. */
  public static final String EVIDENCE_DUE_AT = "evidenceDueAt";
  /** The day the requester's clarification or further information arrived (a form field). */
  public static final String CLARIFICATION_RECEIVED_ON = "clarificationReceivedOn";
  /** The day the response or extract went out (a form field); the case closes that day. */
  public static final String DISPATCHED_ON = "dispatchedOn";
  /** The outcome a closing task records, read by gateways and the close step. */
  public static final String RESPONSE_OUTCOME = "responseOutcome";

  /** References of other open cases about the same child, for the task forms; "none" when none. */
  public static final String LINKED_CASES = "linkedCases";

  /** The value of {@link #LINKED_CASES} for a list of references. */
  public static String linkedCases(java.util.List<String> references) {
    return references.isEmpty() ? "none" : String.join(", ", references);
  }

  /** Input parameters of service tasks. */
  public static final String LETTER = "letter";
  public static final String OUTCOME = "outcome";
  public static final String STOP_REASON = "stopReason";

  /** The case closed: ends the ladder's wait on an open breach. */
  public static final String MESSAGE_CASE_CLOSED = "CaseClosed";

  /**
   * The case's own process for a step that runs in it or in a process it called (the deadline
   * ladder): where the case's tasks are, and what their priority and breach mark belong to.
   */
  public static String caseProcessInstanceId(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    org.camunda.bpm.engine.delegate.DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    return caller == null ? execution.getProcessInstanceId() : caller.getProcessInstanceId();
  }

  /** The DPO's review of a breached deadline. */
  public static final String BREACH_REVIEW_KEY = "statutory-breach-review";
  /**
   * The DPO's findings in that review (form {@code breach-review}), kept for the case's history
   * only: why the deadline was missed, whether the requester was told, what the council learned.
   */
  public static final String BREACH_CAUSE = "breachCause";
  public static final String REQUESTER_UPDATED = "requesterUpdated";
  public static final String LESSONS_LEARNED = "lessonsLearned";

  private CaseProcess() {}
}
