package org.inforights.casework.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.Child;
import org.inforights.casework.casefile.InternalTarget;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.casefile.NewDisclosure;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.deadline.WorkingCalendar;
import org.inforights.casework.platform.CurrentUser;
import org.inforights.casework.platform.modelrules.GatewayValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disclosure requests and their decision record: registering one beside its case file, and
 * recording each step's decision (triage, routing, every approver, the disclosure itself) with who
 * took it and when. Every method is one transaction; a broken rule changes nothing.
 */
@Service
class DisclosureCases {

  /** The step name of triage and of routing on the decision record. */
  static final String TRIAGE = "TRIAGE";
  static final String ROUTING = "ROUTING";
  static final String DPIA = "DPIA";
  /** The officer's decision to share at once (share-now route), and the manager's review of it. */
  static final String URGENT_SHARE = "URGENT_SHARE";
  static final String URGENT_REVIEW = "URGENT_REVIEW";
  /** A manager's check of a compelled disclosure's order: genuine, what it covers, comply or challenge. */
  static final String ORDER_CHECK = "ORDER_CHECK";

  private final CaseFileService cases;
  private final DisclosureRequestRepository requests;
  private final DisclosureRouting routing;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final SharingAgreements agreements;
  private final WorkingCalendar calendar;

  DisclosureCases(
      CaseFileService cases,
      DisclosureRequestRepository requests,
      DisclosureRouting routing,
      CurrentUser currentUser,
      Clock clock,
      SharingAgreements agreements,
      WorkingCalendar calendar) {
    this.calendar = calendar;
    this.cases = cases;
    this.requests = requests;
    this.routing = routing;
    this.currentUser = currentUser;
    this.clock = clock;
    this.agreements = agreements;
  }

  /** Opens the case file and the request; its first target comes from the routing table. */
  @Transactional
  CaseFile register(NewDisclosureRequest request) {
    NewDisclosureRequest.Requester requester = request.requester();
    if (request.sharingAgreementId() != null) {
      agreements.usableOn(request.sharingAgreementId(), request.receivedOn() == null ? LocalDate.now(clock) : request.receivedOn());
    }
    List<Child> children = new ArrayList<>();
    if (request.children() != null) {
      request.children().forEach(child -> children.add(new Child(child.name().strip().replaceAll("\\s+", " "), child.dateOfBirth())));
    }
    LocalDate receivedOn = request.receivedOn() == null ? LocalDate.now(clock) : request.receivedOn();
    DisclosureRouting.Target target =
        DisclosureRequest.takesTheOrdersDate(request.legalBasis(), request.urgency())
            ? orderTarget(receivedOn, request.complyBy())
            : routing.initialTarget(facts(request));
    CaseFile file =
        cases.registerDisclosure(
            new NewDisclosure(
                request.receivedOn(),
                "EMAIL",
                new Requester(requester.officerName().strip(), requester.email().strip(), Relationship.OTHER),
                children,
                null,
                new InternalTarget(target.workingDays(), target.hours())));
    requests.save(new DisclosureRequest(file.reference(), request));
    return file;
  }

  /** The routing facts of a registered request, for its process. */
  @Transactional(readOnly = true)
  Map<String, Object> routingFacts(String reference) {
    return routingFacts(find(reference));
  }

  private static Map<String, Object> routingFacts(DisclosureRequest request) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(DisclosureProcess.REQUESTER_TYPE, request.requesterType().name());
    facts.put(DisclosureProcess.SENSITIVITY, request.sensitivity().name());
    facts.put(DisclosureProcess.CHILDREN_SCOPE, request.childrenScope().name());
    facts.put(DisclosureProcess.URGENCY, request.urgency().name());
    facts.put(DisclosureProcess.SIGN_OFF_PRESENT, request.hasRequiredSignOff());
    facts.put(DisclosureProcess.SHARE_NOW, request.urgency().sharesNow());
    facts.put(DisclosureProcess.UNDER_AGREEMENT, request.sharingAgreementId() != null);
    facts.put(DisclosureProcess.COMPELLED, request.compelled());
    return facts;
  }

  /**
   * Triage decided. Accepting a police request needs sign-off at Inspector rank or above (unless a
   * child's life is at risk: the share-now route does not wait for it); it must be sent back or
   * refused otherwise. Accepting needs the necessity of sharing stated; sending back or refusing
   * needs reasons. A corrected urgency or sensitivity (blank: unchanged) is recorded with who
   * corrected it and moves the target; the routing facts as they now stand are returned.
   */
  @Transactional
  Map<String, Object> recordTriage(
      String reference, String outcome, String necessity, String reasons, String correctedUrgency,
      String correctedSensitivity) {
    DisclosureRequest request = find(reference);
    TriageOutcome triage = TriageOutcome.of(outcome);
    Urgency urgency = correction(Urgency.class, correctedUrgency, DisclosureProcess.CORRECTED_URGENCY);
    Sensitivity sensitivity = correction(Sensitivity.class, correctedSensitivity, DisclosureProcess.CORRECTED_SENSITIVITY);
    List<String> changes = new ArrayList<>();
    if (urgency != null && urgency != request.urgency()) {
      changes.add("urgency " + request.urgency() + " → " + urgency);
    }
    if (sensitivity != null && sensitivity != request.sensitivity()) {
      changes.add("sensitivity " + request.sensitivity() + " → " + sensitivity);
    }
    if (!changes.isEmpty()) {
      request.correct(urgency, sensitivity);
      request.decide("TRIAGE_CORRECTION", "CORRECTED", String.join("; ", changes), null, currentUser.id(), clock.instant());
      DisclosureRouting.Target target =
          request.takesTheOrdersDate() ? orderTarget(reference, request) : routing.initialTarget(facts(request));
      cases.setTarget(reference, target.workingDays(), target.hours());
    }
    if (triage == TriageOutcome.ACCEPT && !request.hasRequiredSignOff() && !request.urgency().sharesNow()) {
      throw new InvalidCaseInputException(
          DisclosureProcess.TRIAGE_OUTCOME,
          "cannot be ACCEPT: a police request needs sign-off at Inspector rank or above"
              + (request.authorisingOfficerRank() == null ? "" : " (it has " + request.authorisingOfficerRank() + ")")
              + "; ask for it or refuse the request");
    }
    if (triage == TriageOutcome.ACCEPT && isBlank(necessity) && !request.compelled()) {
      throw new InvalidCaseInputException(DisclosureProcess.NECESSITY, "is required to accept a request");
    }
    if (triage != TriageOutcome.ACCEPT && isBlank(reasons)) {
      throw new InvalidCaseInputException(DisclosureProcess.DECISION_REASONS, "is required to send back or refuse a request");
    }
    if (triage == TriageOutcome.ACCEPT) {
      request.recordNecessity(isBlank(necessity) ? "Required by law: " + request.legalBasis().label() : necessity.strip());
    }
    request.decide(TRIAGE, triage.name(), blankToNull(reasons), null, currentUser.id(), clock.instant());
    if (triage == TriageOutcome.REFUSE) {
      request.refuse(reasons.strip(), currentUser.id(), LocalDate.now(clock));
    }
    return routingFacts(request);
  }

  /**
   * The officer shared at once on the share-now route: the necessity, the council's lawful basis
   * and the special data condition are recorded as the decision to share (UK GDPR Art 5(2)
   * accountability: a decision taken in an emergency is recorded as soon as possible afterwards, as
   * the ICO's data sharing code asks), so the disclosure can be recorded on the register.
   */
  @Transactional
  void recordUrgentShare(String reference, String necessity, String lawfulBasis, String specialCondition) {
    DisclosureRequest request = find(reference);
    if (isBlank(necessity)) {
      throw new InvalidCaseInputException(DisclosureProcess.NECESSITY, "is required: say why sharing at once was necessary");
    }
    if (necessity.length() > 2000) {
      throw new InvalidCaseInputException(DisclosureProcess.NECESSITY, "must be at most 2000 characters");
    }
    CouncilLawfulBasis basis = oneOf(CouncilLawfulBasis.class, lawfulBasis, DisclosureProcess.COUNCIL_LAWFUL_BASIS);
    SpecialDataCondition condition =
        oneOf(SpecialDataCondition.class, specialCondition, DisclosureProcess.SPECIAL_DATA_CONDITION);
    if (condition == SpecialDataCondition.NOT_NEEDED && request.asksForSpecialData()) {
      throw new InvalidCaseInputException(
          DisclosureProcess.SPECIAL_DATA_CONDITION,
          "must name the UK GDPR Art 9 or Art 10 condition: the request asks for special category or criminal offence data");
    }
    request.recordNecessity(necessity.strip());
    request.recordRouting(Approver.OFFICER.name(), false);
    request.decideApproval(
        URGENT_SHARE, ApprovalDecision.APPROVE.name(), necessity.strip(), null, basis, condition, currentUser.id(),
        clock.instant());
  }

  /**
   * A manager reviewed an urgent share after the event: whether sharing was sound, with reasons
   * (the lessons, when there are concerns). The share stands either way: it has gone.
   */
  @Transactional
  void recordUrgentReview(String reference, String outcome, String reasons) {
    DisclosureRequest request = find(reference);
    if (!"SOUND".equals(outcome) && !"CONCERNS".equals(outcome)) {
      throw new InvalidCaseInputException(DisclosureProcess.URGENT_REVIEW_OUTCOME, "must be SOUND or CONCERNS");
    }
    if (isBlank(reasons)) {
      throw new InvalidCaseInputException(DisclosureProcess.DECISION_REASONS, "is required");
    }
    if (reasons.length() > 2000) {
      throw new InvalidCaseInputException(DisclosureProcess.DECISION_REASONS, "must be at most 2000 characters");
    }
    request.decide(URGENT_REVIEW, outcome, reasons.strip(), null, currentUser.id(), clock.instant());
  }

  private static <E extends Enum<E>> E correction(Class<E> type, String value, String field) {
    if (isBlank(value)) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidCaseInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  /**
   * Routing decided (by the table or a manager): the approvers, the DPIA, and the target, which
   * moves the case's deadline. Returns the approving groups in order.
   */
  @Transactional
  Routed recordRouting(
      String reference, Object approvals, boolean dpiaRequired, Object targetWorkingDays, Object targetHours, String decidedBy) {
    List<String> groups = DisclosureRouting.approverGroups(approvals);
    DisclosureRequest request = find(reference);
    DisclosureRouting.Target routed = request.takesTheOrdersDate()
        ? orderTarget(reference, request)
        : new DisclosureRouting.Target(DisclosureRouting.target(targetWorkingDays), DisclosureRouting.hours(targetHours));
    int target = routed.workingDays();
    Integer hours = routed.hours();
    String route = String.join(",", groups.stream().map(group -> Approver.ofGroup(group).name()).toList());
    request.recordRouting(route, dpiaRequired);
    request.decide(
        ROUTING, route, (dpiaRequired ? "DPIA required" : "no DPIA") + "; target "
            + (hours == null ? target + " working days" : hours + " hours"),
        null, decidedBy, clock.instant());
    cases.setTarget(reference, target, hours);
    return new Routed(groups, request.compelled());
  }

  /** The approving groups in order, and whether the request is compelled (the gateway after routing reads it). */
  record Routed(List<String> groups, boolean compelled) {}

  /**
   * A manager checked a compelled disclosure's order (DPA 2018 Sch 2 Pt 1 para 5(2): the disclosure
   * is required by law, so the question is what exactly must be sent, by when, and whether to
   * challenge). To comply, the order must have been checked as genuine (sealed, or from the
   * coroner's office or the Cafcass officer in the proceedings) and what it covers stated: that is
   * what the extract may hold, and the decision record carries it as the condition of the
   * disclosure, with the council's lawful basis, legal obligation (UK GDPR Art 6(1)(c)), and for
   * special category data the courts' condition (Art 9(2)(f)). To challenge, a ground (apply to
   * the court to vary or discharge, ask the court for directions, take legal advice first, or tell
   * the coroner the council cannot comply, Coroners and Justice Act 2009 Sch 5 para 1(4)) and
   * reasons are required; the case then closes as challenged, never refused. Returns what the
   * letter carries: the condition of the disclosure when the council complies, the ground and the
   * reasons when it challenges.
   */
  @Transactional
  String recordOrderCheck(String reference, String outcome, boolean genuine, String covers, String ground, String reasons) {
    DisclosureRequest request = find(reference);
    if (!request.compelled()) {
      throw new InvalidCaseInputException(DisclosureProcess.ORDER_OUTCOME, "applies only to a compelled disclosure");
    }
    OrderOutcome order = oneOf(OrderOutcome.class, outcome, DisclosureProcess.ORDER_OUTCOME);
    if (isBlank(reasons)) {
      throw new InvalidCaseInputException(DisclosureProcess.DECISION_REASONS, "is required");
    }
    if (reasons.length() > 2000) {
      throw new InvalidCaseInputException(DisclosureProcess.DECISION_REASONS, "must be at most 2000 characters");
    }
    if (order == OrderOutcome.COMPLY) {
      if (!genuine) {
        throw new InvalidCaseInputException(
            DisclosureProcess.ORDER_GENUINE, "must be confirmed before complying: check the order is genuine, or challenge it");
      }
      if (isBlank(covers)) {
        throw new InvalidCaseInputException(DisclosureProcess.ORDER_COVERS, "is required: say exactly what the order requires");
      }
      if (covers.length() > 2000) {
        throw new InvalidCaseInputException(DisclosureProcess.ORDER_COVERS, "must be at most 2000 characters");
      }
      request.decideApproval(
          ORDER_CHECK, ApprovalDecision.APPROVE_WITH_CONDITIONS.name(), reasons.strip(), ORDER_CONDITION + ": " + covers.strip(),
          CouncilLawfulBasis.LEGAL_OBLIGATION,
          request.asksForSpecialData() ? SpecialDataCondition.LEGAL_CLAIMS : SpecialDataCondition.NOT_NEEDED,
          currentUser.id(), clock.instant());
      return ORDER_CONDITION;
    }
    ChallengeGround challenge = oneOf(ChallengeGround.class, ground, DisclosureProcess.CHALLENGE_GROUND);
    request.decide(ORDER_CHECK, OrderOutcome.CHALLENGE.name(), challenge.label() + ": " + reasons.strip(), null,
        currentUser.id(), clock.instant());
    request.challenge(challenge.label() + ": " + reasons.strip(), currentUser.id(), LocalDate.now(clock));
    return challenge.label() + ". " + reasons.strip();
  }

  /**
   * The condition a compelled disclosure goes out under, for the letter to the court, coroner or
   * Cafcass; what exactly the order covers (which may name children) stays on the decision record.
   */
  static final String ORDER_CONDITION =
      "Only what the order requires, to be used only in the proceedings or investigation it was made for";

  /** The DPO's assessment of the DPIA: an unacceptable risk refuses the request. */
  @GatewayValues(process = "disclosure-approval", variable = "dpiaOutcome")
  enum DpiaOutcome {
    ACCEPTABLE,
    UNACCEPTABLE
  }

  /** What a manager decides about a compelled disclosure's order. */
  @GatewayValues(process = "disclosure-approval", variable = "orderOutcome")
  enum OrderOutcome {
    COMPLY,
    CHALLENGE
  }

  /** How the council challenges an order it should not comply with as made. */
  enum ChallengeGround {
    APPLY_TO_VARY("We are applying to the court to vary or discharge the order"),
    SEEK_DIRECTIONS("We are asking the court for directions on what the order requires"),
    LEGAL_ADVICE("We are taking legal advice on the order before we disclose"),
    UNABLE_TO_COMPLY("We have told the coroner we are unable to comply, or asked for the notice to be revoked or varied");

    private final String label;

    ChallengeGround(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** The DPO assessed the DPIA: an unacceptable risk refuses the request. */
  @Transactional
  void recordDpia(String reference, String outcome, String reasons) {
    DisclosureRequest request = find(reference);
    DpiaOutcome dpia = oneOf(DpiaOutcome.class, outcome, DisclosureProcess.DPIA_OUTCOME);
    if (isBlank(reasons)) {
      throw new InvalidCaseInputException(DisclosureProcess.DECISION_REASONS, "is required");
    }
    request.decide(DPIA, outcome, reasons.strip(), null, currentUser.id(), clock.instant());
    if (dpia == DpiaOutcome.UNACCEPTABLE) {
      request.refuse(reasons.strip(), currentUser.id(), LocalDate.now(clock));
    }
  }

  /**
   * An approver decided at their step. Nobody approves the same request twice; conditions are
   * required to approve with conditions; every decision has reasons. Returns every approver's
   * conditions so far (null when none), for the officer who prepares the extract.
   */
  @Transactional
  String recordApproval(
      String reference,
      String group,
      String decision,
      String conditions,
      String reasons,
      boolean basisAsked,
      String lawfulBasis,
      String specialCondition) {
    DisclosureRequest request = find(reference);
    ApprovalDecision approval = ApprovalDecision.of(decision);
    String user = currentUser.id();
    if (approval.approves() && request.approvedBy(user)) {
      throw new InvalidCaseInputException(
          DisclosureProcess.APPROVAL_DECISION, "cannot be given by " + user + ", who already approved this request at an earlier step");
    }
    if (approval == ApprovalDecision.APPROVE_WITH_CONDITIONS && isBlank(conditions)) {
      throw new InvalidCaseInputException(DisclosureProcess.APPROVAL_CONDITIONS, "is required to approve with conditions");
    }
    if (isBlank(reasons)) {
      throw new InvalidCaseInputException(DisclosureProcess.DECISION_REASONS, "is required");
    }
    CouncilLawfulBasis basis = null;
    SpecialDataCondition condition = null;
    if (approval.approves() && basisAsked) {
      basis = oneOf(CouncilLawfulBasis.class, lawfulBasis, DisclosureProcess.COUNCIL_LAWFUL_BASIS);
      condition = oneOf(SpecialDataCondition.class, specialCondition, DisclosureProcess.SPECIAL_DATA_CONDITION);
      if (condition == SpecialDataCondition.NOT_NEEDED && request.asksForSpecialData()) {
        throw new InvalidCaseInputException(
            DisclosureProcess.SPECIAL_DATA_CONDITION,
            "must name the UK GDPR Art 9 or Art 10 condition: the request asks for special category or criminal offence data");
      }
    }
    request.decideApproval(
        Approver.ofGroup(group).name(),
        approval.name(),
        reasons.strip(),
        approval == ApprovalDecision.APPROVE_WITH_CONDITIONS ? conditions.strip() : null,
        basis,
        condition,
        user,
        clock.instant());
    if (approval == ApprovalDecision.REFUSE) {
      request.refuse(reasons.strip(), user, LocalDate.now(clock));
    }
    return request.conditionsSoFar();
  }

  /**
   * The minimum extract went out: the decision record is complete and the disclosure appears in
   * the register. The purpose as published must not name a child the request names. Whether the
   * children's family is told, and if not why, is required ({@code familyAsked}) unless the case's
   * model predates the question: its form cannot answer it.
   */
  @Transactional
  void recordDisclosure(
      String reference,
      String extractDescription,
      String publishedPurpose,
      LocalDate dispatchedOn,
      boolean familyAsked,
      Boolean familyTold,
      String familyNotToldReason) {
    DisclosureRequest request = find(reference);
    if (familyAsked && familyTold == null) {
      throw new InvalidCaseInputException(DisclosureProcess.FAMILY_TOLD, "is required: say whether the family is told");
    }
    if (familyAsked && !familyTold && isBlank(familyNotToldReason)) {
      throw new InvalidCaseInputException(
          DisclosureProcess.FAMILY_NOT_TOLD_REASON, "is required when the family is not told: say why");
    }
    if (familyNotToldReason != null && familyNotToldReason.length() > 2000) {
      throw new InvalidCaseInputException(DisclosureProcess.FAMILY_NOT_TOLD_REASON, "must be at most 2000 characters");
    }
    CaseFile file = cases.get(reference);
    if (isBlank(extractDescription)) {
      throw new InvalidCaseInputException(DisclosureProcess.EXTRACT_DESCRIPTION, "is required");
    }
    if (isBlank(publishedPurpose)) {
      throw new InvalidCaseInputException(DisclosureProcess.PUBLISHED_PURPOSE, "is required");
    }
    if (dispatchedOn.isBefore(file.receivedOn()) || dispatchedOn.isAfter(LocalDate.now(clock))) {
      throw new InvalidCaseInputException(
          DisclosureProcess.DISPATCHED_ON, "must be between the day the request arrived (" + file.receivedOn() + ") and today");
    }
    for (Child child : file.children()) {
      if (names(publishedPurpose, child.name())) {
        throw new InvalidCaseInputException(
            DisclosureProcess.PUBLISHED_PURPOSE, "must not name a child: the register is published");
      }
      if (names(request.organisation(), child.name())) {
        throw new InvalidCaseInputException(
            "organisation", "names a child the request is about, and the register is published: correct the request first");
      }
    }
    request.recordDisclosure(extractDescription.strip(), publishedPurpose.strip(), dispatchedOn, LocalDate.now(clock));
    if (familyTold != null) {
      request.recordFamilyTold(familyTold, familyTold || familyNotToldReason == null ? null : familyNotToldReason.strip());
    }
  }

  /** The request and its decision record, for the officers and approvers working it. */
  @Transactional(readOnly = true)
  DisclosureView view(String reference) {
    DisclosureRequest request = find(reference);
    CaseFile file = cases.get(reference);
    return DisclosureView.of(request, file, cases.linkedReferences(file));
  }

  /** The enum value a form field names, or a refusal naming the field and the values it takes. */
  private static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
    if (isBlank(value)) {
      throw new InvalidCaseInputException(field, "is required to approve");
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidCaseInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private DisclosureRequest find(String reference) {
    return requests.findByCaseReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
  }

  /** True when the text has the child's full name, or any part of it of three letters or more, as a word. */
  static boolean names(String text, String childName) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains(childName.toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (String part : childName.toLowerCase(Locale.ROOT).split("[\\s'-]+")) {
      if (part.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(part) + "\\b").matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Object> facts(DisclosureRequest request) {
    return Map.of(
        DisclosureProcess.REQUESTER_TYPE, request.requesterType().name(),
        DisclosureProcess.SENSITIVITY, request.sensitivity().name(),
        DisclosureProcess.CHILDREN_SCOPE, request.childrenScope().name(),
        DisclosureProcess.URGENCY, request.urgency().name(),
        DisclosureProcess.UNDER_AGREEMENT, request.sharingAgreementId() != null,
        DisclosureProcess.COMPELLED, request.compelled());
  }

  private static Map<String, Object> facts(NewDisclosureRequest request) {
    return Map.of(
        DisclosureProcess.REQUESTER_TYPE, request.requester().type().name(),
        DisclosureProcess.SENSITIVITY, request.sensitivity().name(),
        DisclosureProcess.CHILDREN_SCOPE, request.childrenScope().name(),
        DisclosureProcess.URGENCY, request.urgency().name(),
        DisclosureProcess.UNDER_AGREEMENT, request.sharingAgreementId() != null,
        DisclosureProcess.COMPELLED, request.legalBasis().compelled());
  }

  /**
   * A compelled disclosure's target is the order's own day (the working day on or before it, when
   * it falls on a weekend or bank holiday: the council must have complied by then), counted in
   * working days from the day the order reached the council so the deadline ladder reads it as any
   * other target.
   */
  private DisclosureRouting.Target orderTarget(String reference, DisclosureRequest request) {
    return orderTarget(cases.get(reference).receivedOn(), request.complyBy());
  }

  private DisclosureRouting.Target orderTarget(LocalDate receivedOn, LocalDate complyBy) {
    return new DisclosureRouting.Target(Math.max(0, calendar.workingDaysBetween(receivedOn, complyBy)), null);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String blankToNull(String text) {
    return isBlank(text) ? null : text.strip();
  }

  /** What triage can decide. */
  @GatewayValues(process = "disclosure-approval", variable = "triageOutcome")
  enum TriageOutcome {
    ACCEPT,
    MORE_INFORMATION,
    REFUSE;

    static TriageOutcome of(String value) {
      try {
        return valueOf(String.valueOf(value));
      } catch (IllegalArgumentException e) {
        throw new InvalidCaseInputException(DisclosureProcess.TRIAGE_OUTCOME, "must be one of ACCEPT, MORE_INFORMATION, REFUSE");
      }
    }
  }

  /** What an approver can decide. */
  @GatewayValues(process = "disclosure-approval", variable = "approvalDecision")
  enum ApprovalDecision {
    APPROVE,
    APPROVE_WITH_CONDITIONS,
    REFUSE,
    MORE_INFORMATION;

    boolean approves() {
      return this == APPROVE || this == APPROVE_WITH_CONDITIONS;
    }

    static ApprovalDecision of(String value) {
      try {
        return valueOf(String.valueOf(value));
      } catch (IllegalArgumentException e) {
        throw new InvalidCaseInputException(
            DisclosureProcess.APPROVAL_DECISION, "must be one of APPROVE, APPROVE_WITH_CONDITIONS, REFUSE, MORE_INFORMATION");
      }
    }
  }
}
