package org.inforights.casework.caseprocess;

import org.inforights.casework.deadline.process.ProcessDeadlines;

/**
 * The contract of {@code processes/deadline-ladder.bpmn}, which every case's process calls once its
 * due date is known: the variables the call passes in, the escalation it throws back
 * to the caller on the at-risk date, the message that ends its wait on an open breach, and the
 * steps tests and reports look for.
 */
public final class DeadlineLadder {

  public static final String KEY = "deadline-ladder";

  /**
   * Passed in by the call: the case, and the three dates its timers wait for — nothing else. The
   * case's own process keeps the due date and whatever the dates are worked out from; when they
   * move, {@link ProcessDeadlines} gives the ladder its new three.
   */
  public static final String CASE_REFERENCE = CaseProcess.CASE_REFERENCE;
  public static final String REMINDER_AT = ProcessDeadlines.REMINDER_AT;
  public static final String AT_RISK_AT = ProcessDeadlines.AT_RISK_AT;
  public static final String BREACH_AT = ProcessDeadlines.BREACH_AT;

  /** Thrown to the caller on the at-risk date: the caller's boundary event starts its review. */
  public static final String ESCALATION_AT_RISK = "DeadlineAtRisk";
  /** Ends the wait on an open breach. */
  public static final String MESSAGE_CASE_CLOSED = CaseProcess.MESSAGE_CASE_CLOSED;

  /** The call activity's id in every case model that calls the ladder. */
  public static final String CALL_ACTIVITY = "CallActivity_DeadlineLadder";

  public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
  public static final String TASK_REMIND_OFFICER = "Task_RemindOfficer";
  public static final String EVENT_AT_RISK_DUE = "Event_AtRiskDue";
  public static final String EVENT_BREACH_DUE = "Event_BreachDue";
  public static final String EVENT_CASE_CLOSED = "Event_CaseClosed";

  private DeadlineLadder() {}
}
