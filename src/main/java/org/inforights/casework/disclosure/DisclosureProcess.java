package org.inforights.casework.disclosure;

import java.util.List;
import org.inforights.casework.caseprocess.CaseProcess;

/** The names in {@code processes/disclosure-approval.bpmn} that Java refers to. */
public final class DisclosureProcess {

  public static final String KEY = "disclosure-approval";
  /** The routing table in {@code processes/disclosure-routing.dmn}. */
  public static final String ROUTING_DECISION = "disclosure-routing";

  /** The case reference; also the business key. */
  public static final String CASE_REFERENCE = CaseProcess.CASE_REFERENCE;

  // routing facts: the routing table's inputs (no personal data)
  public static final String REQUESTER_TYPE = "requesterType";
  public static final String SENSITIVITY = "sensitivity";
  public static final String CHILDREN_SCOPE = "childrenScope";
  public static final String URGENCY = "urgency";
  /** True for a request made under a standing sharing agreement: one approver checks it falls within it. */
  public static final String UNDER_AGREEMENT = "underAgreement";
  /** A routing fact: a court order, a coroner's notice or Cafcass compels the disclosure. */
  public static final String COMPELLED = "compelled";
  /** The order check's outcome: COMPLY or CHALLENGE. */
  public static final String ORDER_OUTCOME = "orderOutcome";
  /** The manager confirms the order is genuine. */
  public static final String ORDER_GENUINE = "orderGenuine";
  /** What exactly the order requires (may name children: kept out of history, in the case file). */
  public static final String ORDER_COVERS = "personalOrderCovers";
  /** How the council challenges the order. */
  public static final String CHALLENGE_GROUND = "challengeGround";
  /**
   * True when a child's life or safety is at immediate risk: the officer shares what is necessary
   * at once and records it, and a manager reviews it afterwards (the share-now route).
   */
  public static final String SHARE_NOW = "shareNow";
  /** False for a police request without sign-off at Inspector rank or above; triage reads it. */
  public static final String SIGN_OFF_PRESENT = "signOffPresent";
  /** References of open cases about the same child, for the forms; empty when none. */
  public static final String LINKED_CASES = CaseProcess.LINKED_CASES;

  // triage
  public static final String TRIAGE_OUTCOME = "triageOutcome";
  public static final String NECESSITY = "necessity";
  /** Triage's correction of the urgency the request was registered with; empty when right. */
  public static final String CORRECTED_URGENCY = "correctedUrgency";
  /** Triage's correction of the sensitivity the request was registered with; empty when right. */
  public static final String CORRECTED_SENSITIVITY = "correctedSensitivity";
  /** Reasons for a decision; a refusal notice quotes them. */
  public static final String DECISION_REASONS = "decisionReasons";

  // routing: the table's result, or a manager's when no rule matched
  public static final String ROUTING = "routing";
  public static final String ROUTING_FOUND = "routingFound";
  public static final String APPROVALS = "approvals";
  public static final String DPIA_REQUIRED = "dpiaRequired";
  public static final String TARGET_WORKING_DAYS = "targetWorkingDays";
  /** An urgent target in hours of calendar time; empty when the target counts working days. */
  public static final String TARGET_HOURS = "targetHours";
  /** The Camunda groups that approve, in order; the approval loop runs over it. */
  public static final String APPROVER_GROUPS = "approverGroups";
  public static final String APPROVER_GROUP = "approverGroup";
  public static final String DPIA_OUTCOME = "dpiaOutcome";

  // approvals
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_CONDITIONS = "approvalConditions";
  /** The council's own lawful basis (UK GDPR Art 6), an approver's form field. */
  public static final String COUNCIL_LAWFUL_BASIS = "councilLawfulBasis";
  /** The Art 9 / Art 10 condition with its DPA 2018 Sch 1 condition, an approver's form field. */
  public static final String SPECIAL_DATA_CONDITION = "specialDataCondition";
  /** Every approver's conditions so far, shown to the officer who prepares the extract. */
  public static final String DISCLOSURE_CONDITIONS = "disclosureConditions";

  // extract
  public static final String EXTRACT_DESCRIPTION = "extractDescription";
  public static final String PUBLISHED_PURPOSE = "publishedPurpose";
  public static final String DISPATCHED_ON = CaseProcess.DISPATCHED_ON;
  /** Whether the children's family is told of the disclosure. */
  public static final String FAMILY_TOLD = "familyTold";
  /**
   * Why the family is not told: free text about a family, so named for the history to leave out
   * ({@code personal…}) and moved into the disclosure request before the task's transaction ends.
   */
  public static final String FAMILY_NOT_TOLD_REASON = "personalFamilyNotToldReason";
  /**
   * Models from this version tag on ask the approvers for the council's lawful basis and special
   * data condition and the extract step whether the family is told; open cases on older versions
   * are not asked, as their forms cannot answer.
   */
  static final int SHARING_RECORD_FROM_VERSION = 2;

  // urgent share
  /** The manager's review after an urgent share: {@code SOUND} or {@code CONCERNS}. */
  public static final String URGENT_REVIEW_OUTCOME = "urgentReviewOutcome";
  /** When the manager's review of an urgent share is due. */
  public static final String REVIEW_DUE_AT = "reviewDueAt";

  // withdrawal
  /** The requester withdrew the request: the event subprocess closes the case as withdrawn. */
  public static final String MESSAGE_WITHDRAWAL_REQUESTED = "DisclosureWithdrawalRequested";

  // the clock moved through the API (DisclosureClockRequests)
  /**
   * A stop asked for through the API, carrying {@code stopReason} and {@code askedOn}: the event
   * subprocess calls "ask the requester", which stops the clock and gives an officer the answer to
   * record.
   */
  public static final String MESSAGE_CLOCK_STOP_REQUESTED = "DisclosureClockStopRequested";
  /** Versions 4 and 5 only: the API had stopped the clock itself; the process waits for the answer. */
  public static final String MESSAGE_CLOCK_STOPPED_ON_REQUEST_V5 = "DisclosureClockStoppedOnRequest";
  /**
   * Version 4 only (its own waits): the requester's answer was recorded through the API. Later
   * versions wait in the called "ask the requester", which hears {@code AskTheRequester.MESSAGE_ANSWER_RECEIVED_ON_REQUEST}.
   */
  public static final String MESSAGE_ANSWER_RECORDED_ON_REQUEST_V4 = "DisclosureAnswerRecordedOnRequest";

  // activities
  public static final String TASK_REGISTER_REQUEST = "Task_RegisterRequest";
  public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  public static final String TASK_TRIAGE_REQUEST = "Task_TriageRequest";
  public static final String TASK_SHARE_NOW = "Task_ShareNow";
  public static final String TASK_RECORD_URGENT_SHARE = "Task_RecordUrgentShare";
  public static final String TASK_NOTIFY_URGENT_SHARE = "Task_NotifyUrgentShare";
  public static final String TASK_REVIEW_URGENT_SHARE = "Task_ReviewUrgentShare";
  public static final String END_SHARED_AND_REVIEWED = "EndEvent_SharedAndReviewed";
  public static final String TASK_DECIDE_ROUTING = "Task_DecideRouting";
  public static final String TASK_ROUTE_MANUALLY = "Task_RouteManually";
  public static final String TASK_ASSESS_DPIA = "Task_AssessDpia";
  public static final String SUBPROCESS_APPROVALS = "SubProcess_Approvals";
  public static final String TASK_APPROVE_DISCLOSURE = "Task_ApproveDisclosure";
  /** Calls "ask the requester" at triage ({@code AskTheRequester}). */
  public static final String CALL_ASK_AT_TRIAGE = "CallActivity_AskAtTriage";
  /** Calls "ask the requester" for what an approver needs. */
  public static final String CALL_ASK_FOR_MORE = "CallActivity_AskForMore";
  /** Calls "ask the requester" to wait for the answer after a stop through the API. */
  public static final String CALL_ANSWER_AFTER_API_STOP = "CallActivity_AnswerAfterApiStop";
  public static final String TASK_SEND_REFUSAL = "Task_SendRefusal";
  public static final String TASK_PREPARE_EXTRACT = "Task_PrepareExtract";
  public static final String TASK_RECORD_DISCLOSURE = "Task_RecordDisclosure";
  public static final String TASK_NOTIFY_REQUESTER = "Task_NotifyRequester";
  public static final String TASK_REVIEW_AT_RISK = "Task_ReviewAtRiskRequest";
  /** *Review at-risk request*: what the manager did, kept for the case's history only. */
  public static final String AT_RISK_NOTE = "atRiskNote";
  public static final String END_DISCLOSED = "EndEvent_Disclosed";
  public static final String END_REFUSED = "EndEvent_Refused";
  public static final String TASK_CHECK_ORDER = "Task_CheckOrder";
  public static final String TASK_SEND_CHALLENGE = "Task_SendChallenge";
  public static final String END_CHALLENGED = "EndEvent_Challenged";
  public static final String SUBPROCESS_WITHDRAWAL = "SubProcess_Withdrawal";
  public static final String TASK_CLOSE_WITHDRAWN = "Task_CloseWithdrawn";
  public static final String TASK_CONFIRM_WITHDRAWAL = "Task_ConfirmWithdrawal";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  /** Start-form fields: personal data, turned into the case file and never kept in the process. */
  static final List<String> INTAKE_FIELDS =
      List.of(
          "intakeReceivedOn",
          "intakeRequesterType",
          "intakeOrganisation",
          "intakeOfficerName",
          "intakeOfficerRole",
          "intakeOfficerEmail",
          "intakeAuthorisingOfficerName",
          "intakeAuthorisingOfficerRank",
          "intakeLegalBasis",
          "intakeLegalBasisDetail",
          "intakePurpose",
          "intakeDataRequested",
          "intakeDataCategories",
          "intakeChildrenScope",
          "intakeChildName",
          "intakeChildDateOfBirth",
          "intakeChildrenList",
          "intakeNumberOfChildren",
          "intakeSensitivity",
          "intakeSecurityArrangements",
          "intakeRetentionArrangements",
          "intakeUrgency",
          "intakeSharingAgreementId",
          "intakeComplyBy",
          "intakeOrderReference");

  /** Whether the case's model asks the questions of {@link #SHARING_RECORD_FROM_VERSION}. */
  static boolean asksForSharingRecord(org.camunda.bpm.model.bpmn.BpmnModelInstance model) {
    String versionTag =
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getCamundaVersionTag();
    try {
      return versionTag != null && Integer.parseInt(versionTag) >= SHARING_RECORD_FROM_VERSION;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private DisclosureProcess() {}
}
