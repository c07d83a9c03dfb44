package org.inforights.casework.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The DPO's standing sharing agreements: kept, reviewed and ended here; a disclosure request names
 * the one it is made under. When an agreement's review date comes, the DPO gets a task in Tasklist
 * to review it (the ICO's data sharing code, "Data sharing agreements": review the agreement
 * regularly, and whenever something changes).
 */
@Service
class SharingAgreements {

  /** The process that asks the DPO to review an agreement ({@code processes/sharing-agreement-review.bpmn}). */
  static final String REVIEW_PROCESS_KEY = "sharing-agreement-review";
  static final String REVIEW_OUTCOME = "agreementReviewOutcome";
  static final String NEXT_REVIEW_ON = "nextReviewOn";
  static final String END_REASON = "agreementEndReason";
  /** The agreement's terms, which the review form shows (organisational, not personal data). */
  static final String AGREEMENT_ID = "sharingAgreementId";
  static final String AGREEMENT_TITLE = "agreementTitle";
  static final String AGREEMENT_PARTIES = "agreementParties";
  static final String AGREEMENT_PURPOSE = "agreementPurpose";
  static final String AGREEMENT_DATA_SHARED = "agreementDataShared";
  static final String AGREEMENT_LAWFUL_BASIS = "agreementLawfulBasis";
  static final String AGREEMENT_REVIEW_ON = "agreementReviewOn";

  private final SharingAgreementRepository agreements;
  private final RuntimeService runtimeService;
  private final ProcessDeadlines deadlines;
  private final CurrentUser currentUser;
  private final Clock clock;

  SharingAgreements(
      SharingAgreementRepository agreements,
      RuntimeService runtimeService,
      ProcessDeadlines deadlines,
      CurrentUser currentUser,
      Clock clock) {
    this.agreements = agreements;
    this.runtimeService = runtimeService;
    this.deadlines = deadlines;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional
  View create(SharingAgreementTerms terms) {
    return View.of(agreements.save(new SharingAgreement(terms, currentUser.id(), clock.instant())));
  }

  @Transactional(readOnly = true)
  List<View> list() {
    return agreements.findAllForListing().stream().map(View::of).toList();
  }

  @Transactional(readOnly = true)
  View get(long id) {
    return View.of(find(id));
  }

  @Transactional
  View update(long id, SharingAgreementTerms terms) {
    SharingAgreement agreement = find(id);
    agreement.update(terms, currentUser.id(), clock.instant());
    agreements.flush();
    return View.of(agreement);
  }

  @Transactional
  View end(long id, String reason) {
    SharingAgreement agreement = find(id);
    agreement.end(LocalDate.now(clock), reason, currentUser.id(), clock.instant());
    agreements.flush();
    return View.of(agreement);
  }

  /**
   * The agreement a request received on {@code receivedOn} is made under; refused, naming the
   * field, when there is none by that id or it did not cover that day (not yet started, or ended).
   */
  @Transactional(readOnly = true)
  SharingAgreement usableOn(long id, LocalDate receivedOn) {
    SharingAgreement agreement =
        agreements.findById(id).orElseThrow(() -> new InvalidCaseInputException("sharingAgreementId", "names no sharing agreement"));
    if (!agreement.coversDay(receivedOn)) {
      throw new InvalidCaseInputException(
          "sharingAgreementId",
          "names an agreement that did not cover " + receivedOn
              + (agreement.endedOn() != null ? " (it ended on " + agreement.endedOn() + ")" : " (it starts on " + agreement.startsOn() + ")"));
    }
    return agreement;
  }

  /**
   * Starts a review ({@code processes/sharing-agreement-review.bpmn}: a DPO's task in Tasklist with
   * its form) for each current agreement whose review date has come, once per review date; returns
   * how many were started. Run daily by {@link SharingAgreementReviewSweep}. The agreement's terms
   * are organisational, not personal data: the form shows them from the process's variables.
   */
  @Transactional
  int raiseDueReviews() {
    LocalDate today = LocalDate.now(clock);
    int raised = 0;
    for (SharingAgreement agreement : agreements.findReviewDue(today)) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(AGREEMENT_ID, agreement.id());
      variables.put(AGREEMENT_TITLE, agreement.title());
      variables.put(AGREEMENT_PARTIES, agreement.parties());
      variables.put(AGREEMENT_PURPOSE, agreement.purpose());
      variables.put(AGREEMENT_DATA_SHARED, agreement.dataShared());
      variables.put(AGREEMENT_LAWFUL_BASIS, agreement.lawfulBasis().label()
          + (agreement.lawfulBasisDetail() == null ? "" : ": " + agreement.lawfulBasisDetail()));
      variables.put(AGREEMENT_REVIEW_ON, agreement.reviewOn().toString());
      variables.put(DisclosureProcess.REVIEW_DUE_AT, deadlines.dueBy(today));
      runtimeService.startProcessInstanceByKey(REVIEW_PROCESS_KEY, "AGREEMENT-" + agreement.id(), variables);
      agreement.reviewRaised(today);
      raised++;
    }
    return raised;
  }

  /**
   * The DPO reviewed an agreement in Tasklist: renewed to its next review date, or ended with a
   * reason. A broken rule names the field and changes nothing.
   */
  @Transactional
  void recordReview(long id, String outcome, LocalDate nextReviewOn, String endReason) {
    SharingAgreement agreement = find(id);
    if ("RENEW".equals(outcome)) {
      agreement.renew(nextReviewOn, LocalDate.now(clock), currentUser.id(), clock.instant());
    } else if ("END".equals(outcome)) {
      if (endReason == null || endReason.isBlank()) {
        throw new InvalidCaseInputException(END_REASON, "is required: say why the agreement ends");
      }
      agreement.end(LocalDate.now(clock), endReason, currentUser.id(), clock.instant());
    } else {
      throw new InvalidCaseInputException(REVIEW_OUTCOME, "must be RENEW or END");
    }
    agreements.flush();
  }

  private SharingAgreement find(long id) {
    return agreements.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No sharing agreement " + id));
  }

  /** An agreement as the API shows it. */
  record View(
      long id,
      String title,
      String parties,
      RequesterType partnerType,
      String purpose,
      String dataShared,
      LegalBasis lawfulBasis,
      String lawfulBasisCitation,
      String lawfulBasisDetail,
      LocalDate startsOn,
      LocalDate reviewOn,
      LocalDate endedOn,
      String endReason,
      String changedBy) {

    static View of(SharingAgreement agreement) {
      return new View(
          agreement.id(),
          agreement.title(),
          agreement.parties(),
          agreement.partnerType(),
          agreement.purpose(),
          agreement.dataShared(),
          agreement.lawfulBasis(),
          agreement.lawfulBasis().label(),
          agreement.lawfulBasisDetail(),
          agreement.startsOn(),
          agreement.reviewOn(),
          agreement.endedOn(),
          agreement.endReason(),
          agreement.changedBy());
    }
  }
}
