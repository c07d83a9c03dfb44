package org.inforights.casework.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.inforights.casework.casefile.CaseFile;

/**
 * A disclosure request as the staff deciding it see it ({@code GET /api/disclosure-requests/{reference}}):
 * the request, the children it names, other cases about them, and the decision record so far. An
 * urgent target counted in hours has its moment ({@code dueAt}, else null); a request made under a
 * standing sharing agreement names it.
 */
record DisclosureView(
    String reference,
    LocalDate receivedOn,
    LocalDate dueOn,
    String dueOnExplanation,
    Instant dueAt,
    Requester requester,
    LegalBasis legalBasis,
    String legalBasisLabel,
    String legalBasisDetail,
    String purpose,
    String dataRequested,
    Set<DataCategory> dataCategories,
    ChildrenScope childrenScope,
    int numberOfChildren,
    List<ChildView> children,
    Sensitivity sensitivity,
    String securityArrangements,
    String retentionArrangements,
    Urgency urgency,
    Long sharingAgreementId,
    List<String> linkedCases,
    DecisionRecord decisionRecord,
    Order order) {

  /**
   * A compelled disclosure's order (court order, coroner's notice, Cafcass): the day to comply by
   * and its reference; null for a request the council may refuse.
   */
  record Order(LocalDate complyBy, String reference) {}

  record Requester(
      RequesterType type,
      String organisation,
      String officerName,
      String role,
      String email,
      String authorisingOfficerName,
      PoliceRank authorisingOfficerRank) {}

  record ChildView(String name, LocalDate dateOfBirth) {}

  /** The ICO data sharing code's decision record, and every step's decision. */
  record DecisionRecord(
      String necessity,
      String approvers,
      Boolean dpiaRequired,
      DisclosureRequest.Decision decision,
      String reasons,
      String conditions,
      String decidedBy,
      LocalDate decidedOn,
      String extractDescription,
      String publishedPurpose,
      LocalDate disclosedOn,
      CouncilLawfulBasis councilLawfulBasis,
      String councilLawfulBasisLabel,
      SpecialDataCondition specialCondition,
      String specialConditionLabel,
      Boolean familyTold,
      String familyNotToldReason,
      List<Step> steps) {}

  record Step(
      String step,
      String decision,
      String reasons,
      String conditions,
      CouncilLawfulBasis lawfulBasis,
      SpecialDataCondition specialCondition,
      String decidedBy,
      Instant decidedAt) {}

  static DisclosureView of(DisclosureRequest request, CaseFile file, List<String> linkedCases) {
    return new DisclosureView(
        file.reference(),
        file.receivedOn(),
        file.effectiveDueOn(),
        file.dueOnExplanation(),
        file.dueAt(),
        new Requester(
            request.requesterType(),
            request.organisation(),
            file.requester().name(),
            request.officerRole(),
            file.requester().email(),
            request.authorisingOfficerName(),
            request.authorisingOfficerRank()),
        request.legalBasis(),
        request.legalBasis().label(),
        request.legalBasisDetail(),
        request.purpose(),
        request.dataRequested(),
        request.dataCategories(),
        request.childrenScope(),
        request.numberOfChildren(),
        file.children().stream().map(child -> new ChildView(child.name(), child.dateOfBirth())).toList(),
        request.sensitivity(),
        request.securityArrangements(),
        request.retentionArrangements(),
        request.urgency(),
        request.sharingAgreementId(),
        linkedCases,
        new DecisionRecord(
            request.necessity(),
            request.approvers(),
            request.dpiaRequired(),
            request.decision(),
            request.decisionReasons(),
            request.conditions(),
            request.decidedBy(),
            request.decidedOn(),
            request.extractDescription(),
            request.publishedPurpose(),
            request.disclosedOn(),
            request.councilLawfulBasis(),
            request.councilLawfulBasis() == null ? null : request.councilLawfulBasis().label(),
            request.specialCondition(),
            request.specialCondition() == null ? null : request.specialCondition().label(),
            request.familyTold(),
            request.familyNotToldReason(),
            request.decisions().stream()
                .map(step -> new Step(step.step(), step.decision(), step.reasons(), step.conditions(), step.lawfulBasis(),
                    step.specialCondition(), step.decidedBy(), step.decidedAt()))
                .toList()),
        request.compelled() ? new Order(request.complyBy(), request.orderReference()) : null);
  }
}
