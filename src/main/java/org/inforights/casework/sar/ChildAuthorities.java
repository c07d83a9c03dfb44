package org.inforights.casework.sar;

import java.time.Clock;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;
import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a request made on a child's behalf (by a parent, carer, solicitor, advocate or anyone
 * else), recorded in the case file.
 *
 * <ul>
 *   <li>Who holds parental responsibility and on what basis, with the order the child is under
 *       (Children Act 1989 ss.2–5, 12(2), 14C, 20, 33; Adoption and Children Act 2002 ss.25, 46).
 *       A birth parent of an adopted child holds none (ACA 2002 s.46(2)(a)); only an adopter holds it
 *       by adoption; only a special guardian under a special guardianship order.
 *   <li>The child's competence, assessed whatever their age: a competent child's rights are
 *       exercised for them only with their authority or where that is evidently in their best
 *       interests; a child who cannot understand them, by a person with parental responsibility they
 *       may use, or another where that is evidently in the child's best interests (ICO, right of
 *       access, "What about requests for information about children?").
 * </ul>
 */
@Service
public class ChildAuthorities {


  private final ChildAuthorityRepository repository;
  private final CaseFileService cases;
  private final CurrentUser currentUser;
  private final Clock clock;

  ChildAuthorities(ChildAuthorityRepository repository, CaseFileService cases, CurrentUser currentUser, Clock clock) {
    this.repository = repository;
    this.cases = cases;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * A request made on behalf of someone still a child (under 18, the age of majority: Family Law
   * Reform Act 1969 s.1) by anyone but the child: their competence is assessed whatever their age. In
   * England and Wales no age decides it (the presumption at 12 of DPA 2018 s.208 is Scotland's).
   * Someone asking about themselves, a care leaver about their childhood included, is not a
   * competence case, nor is a request about an adult, which needs the adult's own authority.
   */
  static boolean actingForAChild(CaseFile file) {
    return file.requester().relationship() != Relationship.SELF
        && Period.between(file.subject().dateOfBirth(), file.receivedOn()).getYears() < ADULT_AGE;
  }

  static final int ADULT_AGE = 18;

  /** Whether case {@code reference} is a request made on a child's behalf, by today's rule. */
  @Transactional(readOnly = true)
  boolean actingForAChild(String reference) {
    return actingForAChild(cases.get(reference));
  }

  /** The authority on record as the Case tab shows it. */
  public record View(
      String parentalResponsibility, String legalStatus, Boolean limited, String responsibilityRecordedBy,
      String competence, java.util.List<String> competenceFactors, String bestInterestsReason,
      String competenceRecordedBy) {}

  @Transactional(readOnly = true)
  public Optional<View> of(String reference) {
    return repository.findById(reference).map(a -> new View(
        a.basis() == null ? null : a.basis().name(), a.legalStatus() == null ? null : a.legalStatus().name(),
        a.limited(), a.responsibilityRecordedBy(), a.competence() == null ? null : a.competence().name(),
        a.factors(), a.bestInterestsReason(), a.competenceRecordedBy()));
  }

  /** Records the requester's parental responsibility when the officer verifies a request made for a child. */
  @Transactional
  void recordResponsibility(
      String reference, ParentalResponsibilityBasis basis, ChildLegalStatus status, boolean limited) {
    if (basis == null) {
      throw new InvalidCaseInputException(SarProcess.PR_BASIS,
          "is required for a request made on a child's behalf: must be one of "
              + Arrays.toString(ParentalResponsibilityBasis.values()));
    }
    if (status == null) {
      throw new InvalidCaseInputException(SarProcess.CHILD_LEGAL_STATUS,
          "is required for a request made on a child's behalf: must be one of " + Arrays.toString(ChildLegalStatus.values()));
    }
    if (status == ChildLegalStatus.ADOPTED && basis.endsOnAdoption()) {
      throw new InvalidCaseInputException(SarProcess.PR_BASIS,
          "cannot be " + basis + " for an adopted child: the adoption order ended every parental responsibility but"
              + " the adopters' (Adoption and Children Act 2002 s.46(2)(a)); record NONE, and the request needs the"
              + " child's authority or their best interests");
    }
    if (basis == ParentalResponsibilityBasis.ADOPTIVE_PARENT && status != ChildLegalStatus.ADOPTED) {
      throw new InvalidCaseInputException(SarProcess.CHILD_LEGAL_STATUS,
          "must be ADOPTED for an adoptive parent's responsibility (Adoption and Children Act 2002 s.46(1))");
    }
    if (basis == ParentalResponsibilityBasis.SPECIAL_GUARDIAN && status != ChildLegalStatus.SPECIAL_GUARDIANSHIP) {
      throw new InvalidCaseInputException(SarProcess.CHILD_LEGAL_STATUS,
          "must be SPECIAL_GUARDIANSHIP for a special guardian's responsibility (Children Act 1989 s.14C(1)(a))");
    }
    if (limited && basis == ParentalResponsibilityBasis.NONE) {
      throw new InvalidCaseInputException(SarProcess.PR_LIMITED, "applies only to someone who holds parental responsibility");
    }
    ChildAuthority authority = repository.findById(reference).orElseGet(() -> new ChildAuthority(reference));
    authority.recordResponsibility(basis, status, limited, currentUser.id(), clock.instant());
    repository.save(authority);
    cases.recordAction(reference, AuditAction.PARENTAL_RESPONSIBILITY_RECORDED, "parental responsibility recorded");
  }

  /** Records whether the requester may act for the child; refuses an outcome the law does not allow. */
  @Transactional
  void recordCompetence(
      String reference, CompetenceOutcome outcome, java.util.List<String> factors, String bestInterestsReason) {
    if (outcome == null) {
      throw new InvalidCaseInputException(SarProcess.COMPETENCE_OUTCOME,
          "must be one of " + Arrays.toString(CompetenceOutcome.values()));
    }
    String reason = bestInterestsReason == null || bestInterestsReason.isBlank() ? null : bestInterestsReason.strip();
    if (reason != null && reason.length() > 2000) {
      throw new InvalidCaseInputException(SarProcess.BEST_INTERESTS_REASON, "must be at most 2000 characters");
    }
    ChildAuthority authority = repository.findById(reference).orElseGet(() -> new ChildAuthority(reference));
    if (outcome == CompetenceOutcome.BEST_INTERESTS && reason == null) {
      throw new InvalidCaseInputException(SarProcess.BEST_INTERESTS_REASON,
          "is required: say why it is evident that the requester having the information is in the child's best interests");
    }
    if (outcome == CompetenceOutcome.CHILD_NOT_COMPETENT && !authority.responsibilityUsable() && reason == null) {
      throw new InvalidCaseInputException(SarProcess.BEST_INTERESTS_REASON,
          "is required: the requester has no parental responsibility they may use for this request (none, or limited"
              + " under a care, placement or special guardianship order: Children Act 1989 s.33(3)(b), s.14C(1)(b);"
              + " Adoption and Children Act 2002 s.25(4)), so they may act for the child only where it is evidently in"
              + " the child's best interests; otherwise choose NO_AUTHORITY");
    }
    authority.recordCompetence(
        outcome, factors, outcome == CompetenceOutcome.NO_AUTHORITY || outcome == CompetenceOutcome.CHILD_AUTHORISES ? null : reason,
        currentUser.id(), clock.instant());
    repository.save(authority);
    cases.recordAction(reference, AuditAction.CHILD_AUTHORITY_DECIDED, outcome.name());
  }
}
