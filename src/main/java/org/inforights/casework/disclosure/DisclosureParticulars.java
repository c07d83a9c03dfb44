package org.inforights.casework.disclosure;

import java.util.List;
import java.util.Optional;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A disclosure request's particulars for the case workspace: who asks under which power, for what
 * purpose, which data, and the decisions so far. The requesting officer's e-mail address is kept
 * apart, as contact details are shown to fewer people than the request itself.
 */
@Service
public class DisclosureParticulars {

  /** The request and its decision record; names of the children are the case file's. */
  public record Particulars(
      String requesterType,
      String organisation,
      String officerName,
      String officerRole,
      String authorisingOfficerName,
      String authorisingOfficerRank,
      String legalBasis,
      String legalBasisLabel,
      String legalBasisDetail,
      String purpose,
      String dataRequested,
      List<String> dataCategories,
      String childrenScope,
      int numberOfChildren,
      String sensitivity,
      String securityArrangements,
      String retentionArrangements,
      String urgency,
      String decision,
      String decisionReasons,
      String conditions,
      List<Approval> approvals,
      String necessity,
      java.time.LocalDate complyBy,
      String orderReference) {}

  /** One step's decision on the record: triage, routing, each approver. */
  public record Approval(String step, String decision, String reasons, String conditions, String decidedBy,
      java.time.Instant decidedAt) {}

  private final DisclosureRequestRepository requests;
  private final CaseFileService cases;

  DisclosureParticulars(DisclosureRequestRepository requests, CaseFileService cases) {
    this.requests = requests;
    this.cases = cases;
  }

  /** The particulars, or empty when the case is not a disclosure request. */
  @Transactional(readOnly = true)
  public Optional<Particulars> of(String reference) {
    return requests.findByCaseReference(reference).map(request -> {
      CaseFile file = cases.get(reference);
      return particulars(DisclosureView.of(request, file, cases.linkedReferences(file)));
    });
  }

  /** The requesting officer's e-mail address. */
  @Transactional(readOnly = true)
  public Optional<String> contact(String reference) {
    return requests.findByCaseReference(reference).map(request -> cases.get(reference).requester().email());
  }

  private static Particulars particulars(DisclosureView view) {
    DisclosureView.Requester requester = view.requester();
    DisclosureView.DecisionRecord record = view.decisionRecord();
    return new Particulars(
        name(requester.type()),
        requester.organisation(),
        requester.officerName(),
        requester.role(),
        requester.authorisingOfficerName(),
        name(requester.authorisingOfficerRank()),
        name(view.legalBasis()),
        view.legalBasisLabel(),
        view.legalBasisDetail(),
        view.purpose(),
        view.dataRequested(),
        view.dataCategories() == null ? List.of() : view.dataCategories().stream().map(Enum::name).sorted().toList(),
        name(view.childrenScope()),
        view.numberOfChildren(),
        name(view.sensitivity()),
        view.securityArrangements(),
        view.retentionArrangements(),
        name(view.urgency()),
        name(record.decision()),
        record.reasons(),
        record.conditions(),
        record.steps().stream()
            .map(step -> new Approval(step.step(), step.decision(), step.reasons(), step.conditions(), step.decidedBy(),
                step.decidedAt()))
            .toList(),
        record.necessity(),
        view.order() == null ? null : view.order().complyBy(),
        view.order() == null ? null : view.order().reference());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
