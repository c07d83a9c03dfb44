package org.inforights.casework.disclosure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A third party's request for children's data, beside its case file (same reference), and the
 * decision record the ICO's data sharing code expects: requester, data, purpose, lawful basis,
 * necessity, conditions, decision, reasons, decision-maker and date, with every step's decision.
 */
@Entity
@Table(name = "disclosure_request")
class DisclosureRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "requester_type", nullable = false)
  private RequesterType requesterType;

  @Column(nullable = false)
  private String organisation;

  @Column(name = "officer_role", nullable = false)
  private String officerRole;

  @Column(name = "authorising_officer_name")
  private String authorisingOfficerName;

  @Enumerated(EnumType.STRING)
  @Column(name = "authorising_officer_rank")
  private PoliceRank authorisingOfficerRank;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false)
  private LegalBasis legalBasis;

  @Column(name = "legal_basis_detail")
  private String legalBasisDetail;

  @Column(nullable = false)
  private String purpose;

  @Column(name = "data_requested", nullable = false)
  private String dataRequested;

  @Column(name = "data_categories", nullable = false)
  private String dataCategories;

  @Enumerated(EnumType.STRING)
  @Column(name = "children_scope", nullable = false)
  private ChildrenScope childrenScope;

  @Column(name = "number_of_children", nullable = false)
  private int numberOfChildren;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sensitivity sensitivity;

  @Column(name = "security_arrangements", nullable = false)
  private String securityArrangements;

  @Column(name = "retention_arrangements", nullable = false)
  private String retentionArrangements;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Urgency urgency;

  private String necessity;

  private String approvers;

  @Column(name = "dpia_required")
  private Boolean dpiaRequired;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  @Column(name = "decision_reasons")
  private String decisionReasons;

  private String conditions;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "extract_description")
  private String extractDescription;

  @Column(name = "published_purpose")
  private String publishedPurpose;

  @Column(name = "disclosed_on")
  private LocalDate disclosedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "council_lawful_basis")
  private CouncilLawfulBasis councilLawfulBasis;

  @Enumerated(EnumType.STRING)
  @Column(name = "special_condition")
  private SpecialDataCondition specialCondition;

  @Column(name = "family_told")
  private Boolean familyTold;

  @Column(name = "family_not_told_reason")
  private String familyNotToldReason;

  /** The standing sharing agreement the request is made under, if any. */
  @Column(name = "sharing_agreement_id")
  private Long sharingAgreementId;

  /** A compelled disclosure's day to comply with the order by; null otherwise. */
  @Column(name = "comply_by")
  private LocalDate complyBy;

  @Column(name = "order_reference")
  private String orderReference;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  @OrderBy("decidedAt, id")
  private List<DisclosureDecision> decisions = new ArrayList<>();

  protected DisclosureRequest() {}

  DisclosureRequest(String caseReference, NewDisclosureRequest request) {
    NewDisclosureRequest.Requester requester = request.requester();
    this.caseReference = caseReference;
    this.requesterType = requester.type();
    this.organisation = requester.organisation().strip();
    this.officerRole = requester.role().strip();
    this.authorisingOfficerName = requester.authorisingOfficerName();
    this.authorisingOfficerRank = requester.authorisingOfficerRank();
    this.legalBasis = request.legalBasis();
    this.legalBasisDetail = request.legalBasisDetail();
    this.purpose = request.purpose().strip();
    this.dataRequested = request.dataRequested().strip();
    this.dataCategories =
        request.dataCategories().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    this.childrenScope = request.childrenScope();
    this.numberOfChildren = request.childCount();
    this.sensitivity = request.sensitivity();
    this.securityArrangements = request.securityArrangements().strip();
    this.retentionArrangements = request.retentionArrangements().strip();
    this.urgency = request.urgency();
    this.sharingAgreementId = request.sharingAgreementId();
    this.complyBy = request.complyBy();
    this.orderReference = request.orderReference() == null || request.orderReference().isBlank()
        ? null : request.orderReference().strip();
  }

  /** True when the council is compelled to disclose (a court order, a coroner's notice, Cafcass). */
  boolean compelled() {
    return legalBasis.compelled();
  }

  /**
   * Whether the case's target is the order's own date: a compelled disclosure, unless a child's
   * life is at risk, when what is necessary is shared within hours first.
   */
  boolean takesTheOrdersDate() {
    return takesTheOrdersDate(legalBasis, urgency);
  }

  /** The same rule for a request not yet registered. */
  static boolean takesTheOrdersDate(LegalBasis legalBasis, Urgency urgency) {
    return legalBasis.compelled() && !urgency.sharesNow();
  }

  /** The day a compelled disclosure must be complied with, or null. */
  LocalDate complyBy() {
    return complyBy;
  }

  String orderReference() {
    return orderReference;
  }

  /** The sharing agreement the request is made under, or null. */
  Long sharingAgreementId() {
    return sharingAgreementId;
  }

  /** The final decision a request can reach. */
  enum Decision {
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REFUSED,
    /** A compelled disclosure the council challenges instead of complying with (never refuses). */
    CHALLENGED
  }

  /** True unless a police request lacks sign-off at Inspector rank or above. */
  boolean hasRequiredSignOff() {
    return requesterType != RequesterType.POLICE
        || (authorisingOfficerRank != null && authorisingOfficerRank.canSignOff());
  }

  /** An approver's decision, with the council's lawful basis and special data condition. */
  DisclosureDecision decideApproval(
      String step,
      String decision,
      String reasons,
      String conditions,
      CouncilLawfulBasis lawfulBasis,
      SpecialDataCondition specialCondition,
      String decidedBy,
      Instant at) {
    DisclosureDecision entry =
        new DisclosureDecision(step, decision, reasons, conditions, lawfulBasis, specialCondition, decidedBy, at);
    decisions.add(entry);
    return entry;
  }

  /** True when the request asks for special category (Art 9) or criminal offence (Art 10) data. */
  boolean asksForSpecialData() {
    Set<DataCategory> categories = dataCategories();
    return sensitivity == Sensitivity.SPECIAL_CATEGORY
        || sensitivity == Sensitivity.HEALTH
        || categories.contains(DataCategory.SPECIAL_CATEGORY)
        || categories.contains(DataCategory.HEALTH)
        || categories.contains(DataCategory.CRIMINAL_OFFENCES);
  }

  /** Records one step's decision (triage, routing, an approver's) on the decision record. */
  DisclosureDecision decide(
      String step, String decision, String reasons, String conditions, String decidedBy, Instant at) {
    DisclosureDecision entry = new DisclosureDecision(step, decision, reasons, conditions, decidedBy, at);
    decisions.add(entry);
    return entry;
  }

  /**
   * Triage corrected the urgency or the sensitivity the request was registered with (either may be
   * null: unchanged); routing reads the corrected facts.
   */
  void correct(Urgency urgency, Sensitivity sensitivity) {
    if (urgency != null) {
      this.urgency = urgency;
    }
    if (sensitivity != null) {
      this.sensitivity = sensitivity;
    }
  }

  void recordNecessity(String necessity) {
    this.necessity = necessity;
  }

  void recordRouting(String approvers, boolean dpiaRequired) {
    this.approvers = approvers;
    this.dpiaRequired = dpiaRequired;
  }

  /** The council challenges the order instead of complying: by whom, when, on what ground and why. */
  void challenge(String reasons, String decidedBy, LocalDate on) {
    this.decision = Decision.CHALLENGED;
    this.decisionReasons = reasons;
    this.decidedBy = decidedBy;
    this.decidedOn = on;
  }

  /** The request is refused: by whom, when and why. */
  void refuse(String reasons, String decidedBy, LocalDate on) {
    this.decision = Decision.REFUSED;
    this.decisionReasons = reasons;
    this.decidedBy = decidedBy;
    this.decidedOn = on;
  }

  /**
   * The approved disclosure went out: the final decision follows the last approver's, the
   * conditions are every approver's, and the register shows the purpose as published.
   */
  void recordDisclosure(
      String extractDescription, String publishedPurpose, LocalDate disclosedOn, LocalDate decidedOn) {
    List<DisclosureDecision> approvals =
        decisions.stream().filter(DisclosureDecision::isApproval).toList();
    if (approvals.isEmpty()) {
      throw new IllegalStateException(caseReference + " has no approval to record a disclosure on");
    }
    DisclosureDecision last = approvals.get(approvals.size() - 1);
    this.conditions = conditionsSoFar();
    this.decision = this.conditions == null ? Decision.APPROVED : Decision.APPROVED_WITH_CONDITIONS;
    this.decisionReasons = last.reasons();
    this.decidedBy = last.decidedBy();
    this.councilLawfulBasis = last.lawfulBasis();
    this.specialCondition = last.specialCondition();
    this.decidedOn = decidedOn;
    this.extractDescription = extractDescription;
    this.publishedPurpose = publishedPurpose;
    this.disclosedOn = disclosedOn;
  }

  /**
   * Whether the children's family was told of the disclosure, and if not, why: UK GDPR Art 14 and
   * the ICO data sharing code's "Transparency" chapter expect people to be told who their data went
   * to, unless an exemption applies, such as DPA 2018 Sch 2 Pt 1 para 2 where telling them would be
   * likely to prejudice the prevention or detection of crime; the decision and its reason are
   * recorded either way.
   */
  void recordFamilyTold(boolean told, String notToldReason) {
    this.familyTold = told;
    this.familyNotToldReason = told ? null : notToldReason;
  }

  /** Every approver's conditions so far, one line each, or null when there are none. */
  String conditionsSoFar() {
    String all =
        decisions.stream()
            .filter(DisclosureDecision::isApproval)
            .filter(entry -> entry.conditions() != null && !entry.conditions().isBlank())
            .map(entry -> entry.step() + ": " + entry.conditions().strip())
            .collect(Collectors.joining("\n"));
    return all.isEmpty() ? null : all;
  }

  /** Users who already approved at an earlier step: nobody approves twice. */
  boolean approvedBy(String user) {
    return decisions.stream().filter(DisclosureDecision::isApproval).anyMatch(entry -> entry.decidedBy().equals(user));
  }

  Long id() {
    return id;
  }

  String caseReference() {
    return caseReference;
  }

  RequesterType requesterType() {
    return requesterType;
  }

  String organisation() {
    return organisation;
  }

  String officerRole() {
    return officerRole;
  }

  String authorisingOfficerName() {
    return authorisingOfficerName;
  }

  PoliceRank authorisingOfficerRank() {
    return authorisingOfficerRank;
  }

  LegalBasis legalBasis() {
    return legalBasis;
  }

  String legalBasisDetail() {
    return legalBasisDetail;
  }

  String purpose() {
    return purpose;
  }

  String dataRequested() {
    return dataRequested;
  }

  Set<DataCategory> dataCategories() {
    Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
    Arrays.stream(dataCategories.split(",")).filter(name -> !name.isBlank()).map(DataCategory::valueOf).forEach(categories::add);
    return categories;
  }

  ChildrenScope childrenScope() {
    return childrenScope;
  }

  int numberOfChildren() {
    return numberOfChildren;
  }

  Sensitivity sensitivity() {
    return sensitivity;
  }

  String securityArrangements() {
    return securityArrangements;
  }

  String retentionArrangements() {
    return retentionArrangements;
  }

  Urgency urgency() {
    return urgency;
  }

  String necessity() {
    return necessity;
  }

  String approvers() {
    return approvers;
  }

  Boolean dpiaRequired() {
    return dpiaRequired;
  }

  Decision decision() {
    return decision;
  }

  String decisionReasons() {
    return decisionReasons;
  }

  String conditions() {
    return conditions;
  }

  String decidedBy() {
    return decidedBy;
  }

  LocalDate decidedOn() {
    return decidedOn;
  }

  String extractDescription() {
    return extractDescription;
  }

  String publishedPurpose() {
    return publishedPurpose;
  }

  LocalDate disclosedOn() {
    return disclosedOn;
  }

  CouncilLawfulBasis councilLawfulBasis() {
    return councilLawfulBasis;
  }

  SpecialDataCondition specialCondition() {
    return specialCondition;
  }

  Boolean familyTold() {
    return familyTold;
  }

  String familyNotToldReason() {
    return familyNotToldReason;
  }

  List<DisclosureDecision> decisions() {
    return Collections.unmodifiableList(decisions);
  }
}
