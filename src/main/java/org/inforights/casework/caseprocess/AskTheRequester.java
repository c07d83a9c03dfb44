package org.inforights.casework.caseprocess;

/**
 * The contract of {@code processes/ask-the-requester.bpmn}, which a case's process calls when it
 * needs something from the requester: what the call passes in, what the process sets, the message
 * an answer recorded through the API sends it, the escalation it throws when no answer came by the
 * reply-by day (only where the caller asked for that), and the steps tests look for.
 */
public final class AskTheRequester {

  public static final String KEY = "ask-the-requester";

  /** Passed in by the call. */
  public static final String CASE_REFERENCE = CaseProcess.CASE_REFERENCE;
  /** The letter that asks ({@code LetterType}). */
  public static final String LETTER = CaseProcess.LETTER;
  /** Why the clock stops ({@code ClockStopReason}): identity or authority evidence restarts it, anything else resumes it. */
  public static final String STOP_REASON = CaseProcess.STOP_REASON;
  /** How long the requester has to answer, an ISO period ({@code P1M} when not given). */
  public static final String REPLY_WITHIN = "replyWithin";
  /** Whether no answer by the reply-by day ends the wait with {@link #ESCALATION_NO_ANSWER}. */
  public static final String NO_ANSWER_CLOSES = "noAnswerCloses";
  /**
   * True when the stop was asked for through the API: the process stops the clock from the day the
   * council asked ({@link #ASKED_ON}) and writes nothing — whoever asked the API wrote.
   */
  public static final String CLOCK_STOPPED_ON_REQUEST = "clockStoppedOnRequest";
  /**
   * With {@link #CLOCK_STOPPED_ON_REQUEST}: the day the council asked (ISO date). Callers before
   * version 6 of the case models pass none: the API had stopped the clock already.
   */
  public static final String ASKED_ON = "askedOn";

  /** Set by the process: the end of the reply-by day, the answer task's due date. */
  public static final String REPLY_DUE_AT = CaseProcess.EVIDENCE_DUE_AT;
  /** Set by the process: when the "no answer" timer fires; never unless {@link #NO_ANSWER_CLOSES}. */
  public static final String NO_ANSWER_AT = "noAnswerAt";
  /** The answer task's form field: the day the answer arrived. */
  public static final String ANSWER_RECEIVED_ON = "answerReceivedOn";

  /**
   * An answer recorded through the API ({@code POST /api/cases/{ref}/clock-stops/resolve}), carrying
   * {@link #ANSWER_RECEIVED_ON}: the wait ends and the process runs the clock again, as when the
   * answer is recorded in Tasklist.
   */
  public static final String MESSAGE_ANSWER_RECEIVED_ON_REQUEST = "AnswerReceivedOnRequest";
  /**
   * Version 1 only, whose waits still open end under this name after the API itself ran the clock
   * again ({@code ClockChangedOnRequest}).
   */
  public static final String MESSAGE_ANSWER_RECORDED_ON_REQUEST_V1 = "AnswerRecordedOnRequest";
  /** Thrown to the caller when no answer came by the reply-by day. */
  public static final String ESCALATION_NO_ANSWER = "NoAnswer";

  public static final String TASK_STOP_CLOCK_AND_ASK = "Task_StopClockAndAsk";
  public static final String TASK_STOP_CLOCK_ON_REQUEST = "Task_StopClockOnRequest";
  public static final String TASK_RECORD_ANSWER = "Task_RecordAnswer";
  public static final String BOUNDARY_NO_ANSWER = "BoundaryEvent_NoAnswer";
  public static final String TASK_RESUME_CLOCK = "Task_ResumeClock";
  public static final String END_ANSWERED = "EndEvent_Answered";
  public static final String BOUNDARY_ANSWER_ON_REQUEST = "BoundaryEvent_AnswerOnRequest";

  /**
   * What a stop asked for through the API carries to the caller's event subprocess, which passes it
   * on to this process: why the clock stops and the day the council asked.
   */
  public static java.util.Map<String, Object> stopAskedOnRequest(
      org.inforights.casework.casefile.ClockStopReason reason, java.time.LocalDate askedOn) {
    return java.util.Map.of(STOP_REASON, reason.name(), ASKED_ON, askedOn.toString());
  }

  private AskTheRequester() {}
}
