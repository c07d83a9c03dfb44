package org.inforights.casework.sar;

import java.util.List;
import org.inforights.casework.caseprocess.CaseProcess;
import org.inforights.casework.platform.modelrules.GatewayValues;

/** The names in {@code processes/subject-access-request.bpmn} that Java refers to. */
public final class SarProcess {

  public static final String KEY = "subject-access-request";

  /** The case reference; also the business key. */
  public static final String CASE_REFERENCE = CaseProcess.CASE_REFERENCE;

  // routing facts and task outcomes the gateways read
  public static final String IDENTITY_OUTCOME = "identityOutcome";
  public static final String EVIDENCE_NEEDED = "evidenceNeeded";
  public static final String EVIDENCE_RECEIVED_ON = CaseProcess.EVIDENCE_RECEIVED_ON;
  public static final String EVIDENCE_DUE_AT = CaseProcess.EVIDENCE_DUE_AT;
  public static final String CLARIFICATION_NEEDED = "clarificationNeeded";
  public static final String CLARIFICATION_RECEIVED_ON = CaseProcess.CLARIFICATION_RECEIVED_ON;
  public static final String AT_RISK_ACTION = "atRiskAction";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_GROUND = "extensionGround";
  /** An officer asks a manager to extend (a form field of the officer's assessment steps). */
  public static final String EXTENSION_REQUESTED = "extensionRequested";
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String COMPETENCE_CHECK_NEEDED = "competenceCheckNeeded";
  public static final String COMPETENCE_OUTCOME = "competenceOutcome";
  // who holds parental responsibility and on what basis (verify identity), the child's authority or
  // best interests (assess competence): personal, so named personal… and moved to the case file
  public static final String PR_BASIS = "personalPrBasis";
  public static final String CHILD_LEGAL_STATUS = "personalChildLegalStatus";
  public static final String PR_LIMITED = "personalPrLimited";
  public static final String BEST_INTERESTS_REASON = "personalBestInterestsReason";
  /** The ICO's competence factors the officer considered, by form field: facts about a child, so personal. */
  static final java.util.Map<String, String> COMPETENCE_FACTORS =
      new java.util.LinkedHashMap<>(java.util.Map.of(
          "personalFactorMaturity", "MATURITY",
          "personalFactorUnderstanding", "UNDERSTANDING",
          "personalFactorViewsSought", "VIEWS_SOUGHT",
          "personalFactorHarmOrAllegations", "COURT_ORDERS_ALLEGATIONS_OR_HARM",
          "personalFactorParentalResponsibility", "REQUESTER_HOLDS_PARENTAL_RESPONSIBILITY"));
  static final List<String> CHILD_AUTHORITY_FIELDS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(PR_BASIS, CHILD_LEGAL_STATUS, PR_LIMITED, BEST_INTERESTS_REASON),
              COMPETENCE_FACTORS.keySet().stream())
          .toList();
  public static final String RECORDS_SYSTEMS = "recordsSystems";
  public static final String SEARCH_DUE_AT = "searchDueAt";
  public static final String SERIOUS_HARM_CONSULTATION_NEEDED = "seriousHarmConsultationNeeded";
  /** Review and redact: does the response include data concerning health? {@code YES} or {@code NO}. */
  public static final String HEALTH_DATA_INVOLVED = "healthDataInvolved";
  public static final String YES = "YES";
  public static final String NO = "NO";
  /** Set by the application: the response's health data may be given (DPA 2018 Sch 3 Pt 2 para 6). */
  public static final String HEALTH_DATA_CLEARED = "healthDataCleared";
  // the health-data step's fields; personal ones are named personal… and leave the process at once
  public static final String HEALTH_ROUTE = "healthRoute";
  public static final String HEALTH_PROFESSIONAL_NAME = "personalHealthProfessionalName";
  public static final String HEALTH_PROFESSION = "personalHealthProfession";
  public static final String HEALTH_OPINION_GIVEN_ON = "personalHealthOpinionGivenOn";
  public static final String HEALTH_OPINION = "personalHealthOpinion";
  public static final String HEALTH_ALREADY_SEEN_BASIS = "personalHealthAlreadySeenBasis";
  public static final String HEALTH_RECONSULT_NOT_REASONABLE = "healthReconsultNotReasonable";
  static final List<String> HEALTH_PERSONAL_FIELDS =
      List.of(HEALTH_PROFESSIONAL_NAME, HEALTH_PROFESSION, HEALTH_OPINION_GIVEN_ON, HEALTH_OPINION,
          HEALTH_ALREADY_SEEN_BASIS);
  // the serious-harm opinion on social-work or education data
  public static final String SERIOUS_HARM_DATA_KIND = "seriousHarmDataKind";
  public static final String SERIOUS_HARM_TO_HEALTH = "seriousHarmToHealth";
  public static final String SERIOUS_HARM_PREJUDICES_SOCIAL_WORK = "seriousHarmPrejudicesSocialWork";
  public static final String SERIOUS_HARM_OPINION = "seriousHarmOpinion";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String REFUSAL_GROUND = "refusalGround";
  public static final String RESPONSE_OUTCOME = CaseProcess.RESPONSE_OUTCOME;
  public static final String DISPATCHED_ON = CaseProcess.DISPATCHED_ON;
  public static final String DISPATCH_METHOD = "dispatchMethod";
  /** The dispatch method that sends a secure download link (the code by a second route). */
  public static final String DISPATCH_BY_SECURE_LINK = "SECURE_LINK";

  // the values the model's gateways compare, and the forms offer (checked by the build)

  /** *Verify identity and authority*. */
  @GatewayValues(process = KEY, variable = IDENTITY_OUTCOME)
  public enum IdentityOutcome { VERIFIED, EVIDENCE_REQUESTED }

  /** *Approve the response*. */
  @GatewayValues(process = KEY, variable = APPROVAL_DECISION)
  public enum ResponseDecision { APPROVED, REWORK, REFUSE }

  /** The manager's at-risk review. */
  @GatewayValues(process = KEY, variable = AT_RISK_ACTION)
  public enum AtRiskAction { ON_COURSE, REASSIGNED, EXTEND }

  /** *Approve or decline the extension*. */
  @GatewayValues(process = KEY, variable = EXTENSION_DECISION)
  public enum ExtensionDecision { APPROVE, DECLINE }

  /** *Dispatch the response*: how it goes to the requester. */
  @GatewayValues(process = KEY, variable = DISPATCH_METHOD)
  public enum DispatchMethod { SECURE_LINK, SECURE_EMAIL, POST, SECURE_PORTAL, IN_PERSON }
  /** Who completed the dispatch step: the officer the download link is issued by. */
  public static final String DISPATCHED_BY = "dispatchedBy";

  /** Input parameters of service tasks. */
  public static final String LETTER = CaseProcess.LETTER;
  public static final String OUTCOME = CaseProcess.OUTCOME;

  // kept for the case's history only: task-form fields no step reads
  /** *Search records system*: whether the records owner found records about the child, and how many. */
  public static final String RECORDS_FOUND = "recordsFound";
  public static final String RECORDS_COUNT = "recordsCount";
  /** *Review and redact*: the officer's confirmation that every redaction is in the redaction log. */
  public static final String REDACTION_LOG_COMPLETE = "redactionLogComplete";
  /** *Approve the response*: the manager's comments on the response. */
  public static final String APPROVAL_COMMENTS = "approvalComments";

  // messages
  /** Version 4 only (its own evidence wait): evidence recorded through the API. */
  public static final String MESSAGE_EVIDENCE_RECEIVED_V4 = "EvidenceReceived";
  /** Version 4 only (its own clarification wait): a clarification recorded through the API. */
  public static final String MESSAGE_CLARIFICATION_RECEIVED_V4 = "ClarificationReceived";
  /**
   * A stop asked for through the API, carrying {@code stopReason} and {@code askedOn}: the event
   * subprocess calls "ask the requester", which stops the clock and waits for the answer.
   */
  public static final String MESSAGE_CLOCK_STOP_REQUESTED = "SarClockStopRequested";
  /** Version 5 only: the API had stopped the clock itself; the process waits for the answer. */
  public static final String MESSAGE_CLOCK_STOPPED_ON_REQUEST_V5 = "SarClockStoppedOnRequest";
  /**
   * A manager extended the case through the API, carrying {@link #EXTENSION_GROUND} and
   * {@link #EXTENSION_REASON}: the event subprocess extends it and the requester is told.
   */
  public static final String MESSAGE_EXTENSION_REQUESTED = "SarExtensionRequested";
  /** Versions 4 and 5 only: the deadline was extended, by a step or by the API; the requester is told. */
  public static final String MESSAGE_EXTENSION_DECIDED_V5 = "ExtensionDecided";
  public static final String MESSAGE_WITHDRAWAL_REQUESTED = "WithdrawalRequested";
  /** The response pack changed after a manager approved it: back to approval. */
  public static final String MESSAGE_RESPONSE_CHANGED = "ResponseChangedAfterApproval";
  /** Thrown where the deadline was extended, whichever way: the event subprocess tells the requester. */
  public static final String ESCALATION_EXTENSION_DECIDED = "ExtensionDecided";

  // activities
  public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  public static final String TASK_VERIFY_IDENTITY = "Task_VerifyIdentity";
  public static final String TASK_ASSESS_COMPETENCE = "Task_AssessCompetence";
  public static final String TASK_SEND_REFUSAL = "Task_SendRefusal";
  public static final String TASK_SEARCH_RECORDS = "Task_SearchRecords";
  public static final String TASK_REVIEW_AND_REDACT = "Task_ReviewAndRedact";
  public static final String TASK_CONSULT_ON_SERIOUS_HARM = "Task_ConsultOnSeriousHarm";
  public static final String TASK_CHECK_HEALTH_DATA = "Task_CheckHealthData";
  public static final String TASK_SETTLE_HEALTH_DATA = "Task_SettleHealthData";
  public static final String TASK_APPROVE_RESPONSE = "Task_ApproveResponse";
  public static final String TASK_DISPATCH_RESPONSE = "Task_DispatchResponse";
  public static final String TASK_ISSUE_SECURE_LINK = "Task_IssueSecureLink";
  public static final String BOUNDARY_RESPONSE_CHANGED = "BoundaryEvent_ResponseChanged";
  public static final String TASK_REVIEW_AT_RISK_CASE = "Task_ReviewAtRiskCase";
  public static final String TASK_SEND_EXTENSION_NOTICE = "Task_SendExtensionNotice";
  /** *Extended through the API*: the process's own extension, and the end that has the requester told. */
  public static final String TASK_EXTEND_ON_API = "Task_ExtendOnApi";
  public static final String END_EXTENDED_ON_API = "EndEvent_ExtendedOnApi";
  public static final String TASK_CONFIRM_WITHDRAWAL = "Task_ConfirmWithdrawal";
  public static final String TASK_SEND_NO_EVIDENCE_CLOSURE = "Task_SendNoEvidenceClosure";
  public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
  /** No evidence by the reply-by day: the escalation of the called "ask the requester", caught on its call. */
  public static final String BOUNDARY_NO_EVIDENCE = "BoundaryEvent_NoEvidence";
  /** Calls "ask the requester" for identity or authority evidence ({@code AskTheRequester}). */
  public static final String CALL_ASK_FOR_EVIDENCE = "CallActivity_AskForEvidence";
  /** Calls "ask the requester" to clarify the request. */
  public static final String CALL_ASK_FOR_CLARIFICATION = "CallActivity_AskForClarification";
  /** Calls "ask the requester" to wait for the answer after a stop through the API. */
  public static final String CALL_ANSWER_AFTER_API_STOP = "CallActivity_AnswerAfterApiStop";

  /** Start-form fields ({@code PersonalDataNames.INTAKE_PREFIX}): personal data, turned into the case file and never kept in the process. */
  static final List<String> INTAKE_FIELDS =
      List.of(
          "intakeReceivedOn",
          "intakeChannel",
          "intakeRequesterName",
          "intakeRequesterEmail",
          "intakeRelationship",
          "intakeSubjectName",
          "intakeSubjectDateOfBirth",
          "intakeCohort",
          "intakeDescription",
          "intakeIntermediaryName",
          "intakeIntermediaryOrganisation",
          "intakeIntermediaryEmail",
          "intakeIntermediaryReceivedOn",
          "intakeFormerNames");

  private SarProcess() {}
}
