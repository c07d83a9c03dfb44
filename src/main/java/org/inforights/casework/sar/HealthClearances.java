package org.inforights.casework.sar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.casefile.Subject;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health-data rule of a subject access response (DPA 2018 Sch 3 Pt 2 para 6): the council is
 * not a health professional, so it gives data concerning health only with the opinion of the
 * appropriate health professional that the serious harm test is not met (or met for part only),
 * obtained within the six months ending with the day it is given and not needing to be asked again
 * (para 6(1)(a), (2), (3)), or when it is satisfied the child has already seen or knows the information
 * (para 6(1)(b)). An opinion about a child serves every request about that child while it is valid.
 */
@Service
public class HealthClearances {


  private final HealthClearanceRepository repository;
  private final CaseFileService cases;
  private final CurrentUser currentUser;
  private final Clock clock;

  HealthClearances(HealthClearanceRepository repository, CaseFileService cases, CurrentUser currentUser, Clock clock) {
    this.repository = repository;
    this.cases = cases;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** What the officer recorded at "Settle the health data"; the personal fields as typed. */
  record Settlement(
      HealthDataRoute route,
      String professionalName,
      HealthProfession profession,
      LocalDate opinionGivenOn,
      HealthOpinion opinion,
      boolean reconsultationNotReasonable,
      String alreadySeenBasis) {}

  /** One clearance as the Case tab shows it. */
  public record View(
      String route,
      String professionalName,
      String profession,
      LocalDate opinionGivenOn,
      LocalDate opinionValidUntil,
      String opinion,
      String basis,
      String recordedBy,
      java.time.Instant recordedAt) {}

  /**
   * Whether case {@code reference} may include data concerning health in a response given on
   * {@code day}: its latest clearance still allows it. A later response day can make an opinion too
   * old; knowledge does not lapse.
   */
  @Transactional(readOnly = true)
  public boolean clearedFor(String reference, LocalDate day) {
    return latest(reference).map(clearance -> clearance.allowsReleaseOn(day)).orElse(false);
  }

  /** Records how the case's health data may be given, checked against the law; refused by field. */
  @Transactional
  void settle(String reference, Settlement settlement) {
    LocalDate today = LocalDate.now(clock);
    if (settlement.route() == null) {
      throw new InvalidCaseInputException(
          SarProcess.HEALTH_ROUTE, "must be one of " + java.util.Arrays.toString(HealthDataRoute.values()));
    }
    HealthClearance clearance =
        switch (settlement.route()) {
          case NEW_OPINION -> newOpinion(reference, settlement, today);
          case EARLIER_OPINION -> earlierOpinion(reference, settlement, today);
          case ALREADY_SEEN -> alreadySeen(reference, settlement);
        };
    repository.save(clearance);
    cases.recordAction(reference, AuditAction.HEALTH_DATA_CLEARED, describe(clearance));
  }

  /** The opinions and clearances recorded on the case, the latest first. */
  @Transactional(readOnly = true)
  public List<View> of(String reference) {
    return repository.findByCaseReferenceOrderByRecordedAtDescIdDesc(reference).stream()
        .map(c -> new View(
            c.route().name(), c.professionalName(), c.profession() == null ? null : c.profession().name(),
            c.opinionGivenOn(), c.opinionValidUntil(), c.opinion() == null ? null : c.opinion().name(), c.basis(),
            c.recordedBy(), c.recordedAt()))
        .toList();
  }

  /**
   * The latest opinion about the case's child, from any request, that is still within its six
   * months on {@code day}; what the Case tab offers to rely on again.
   */
  @Transactional(readOnly = true)
  public Optional<View> earlierOpinionAbout(String reference, LocalDate day) {
    return validEarlierOpinion(cases.get(reference), day)
        .map(c -> new View(
            c.route().name(), c.professionalName(), c.profession().name(), c.opinionGivenOn(),
            c.opinionValidUntil(), c.opinion().name(), null, c.recordedBy(), c.recordedAt()));
  }

  private Optional<HealthClearance> latest(String reference) {
    return repository.findByCaseReferenceOrderByRecordedAtDescIdDesc(reference).stream().findFirst();
  }

  private HealthClearance newOpinion(String reference, Settlement settlement, LocalDate today) {
    String name = settlement.professionalName() == null ? null : settlement.professionalName().strip();
    if (name == null || name.isEmpty()) {
      throw new InvalidCaseInputException(
          SarProcess.HEALTH_PROFESSIONAL_NAME, "is required: the opinion is of a named health professional");
    }
    if (name.length() > 200) {
      throw new InvalidCaseInputException(SarProcess.HEALTH_PROFESSIONAL_NAME, "must be at most 200 characters");
    }
    if (settlement.profession() == null) {
      throw new InvalidCaseInputException(
          SarProcess.HEALTH_PROFESSION, "is required: only a health professional's opinion counts (DPA 2018 s.204)");
    }
    LocalDate givenOn = settlement.opinionGivenOn();
    if (givenOn == null) {
      throw new InvalidCaseInputException(SarProcess.HEALTH_OPINION_GIVEN_ON, "is required");
    }
    if (givenOn.isAfter(today)) {
      throw new InvalidCaseInputException(SarProcess.HEALTH_OPINION_GIVEN_ON, "must not be in the future");
    }
    if (givenOn.isBefore(today.minusMonths(6))) {
      throw new InvalidCaseInputException(
          SarProcess.HEALTH_OPINION_GIVEN_ON,
          "is more than six months ago (before " + today.minusMonths(6) + "): such an opinion no longer counts"
              + " (DPA 2018 Sch 3 Pt 2 para 6(2)(a), (3)); consult the professional again");
    }
    if (settlement.opinion() == null) {
      throw new InvalidCaseInputException(
          SarProcess.HEALTH_OPINION, "must be one of " + java.util.Arrays.toString(HealthOpinion.values()));
    }
    Subject child = cases.get(reference).subject();
    return HealthClearance.newOpinion(
        reference, childKey(child), child == null ? null : child.dateOfBirth(), name, settlement.profession(), givenOn,
        settlement.opinion(), currentUser.id(), clock.instant());
  }

  private HealthClearance earlierOpinion(String reference, Settlement settlement, LocalDate today) {
    HealthClearance earlier =
        validEarlierOpinion(cases.get(reference), today)
            .orElseThrow(() -> new InvalidCaseInputException(
                SarProcess.HEALTH_ROUTE,
                "EARLIER_OPINION needs an opinion about this child given within the last six months"
                    + " (DPA 2018 Sch 3 Pt 2 para 6(3)); there is none: consult the appropriate health professional"));
    if (!settlement.reconsultationNotReasonable()) {
      throw new InvalidCaseInputException(
          SarProcess.HEALTH_RECONSULT_NOT_REASONABLE,
          "must be confirmed to rely on an earlier opinion: it does not count if it is reasonable in all the"
              + " circumstances to consult the professional again (DPA 2018 Sch 3 Pt 2 para 6(2)(b))");
    }
    return HealthClearance.earlierOpinion(reference, earlier, currentUser.id(), clock.instant());
  }

  private HealthClearance alreadySeen(String reference, Settlement settlement) {
    String basis = settlement.alreadySeenBasis() == null ? null : settlement.alreadySeenBasis().strip();
    if (basis == null || basis.isEmpty()) {
      throw new InvalidCaseInputException(
          SarProcess.HEALTH_ALREADY_SEEN_BASIS,
          "is required: say how the council is satisfied the child has already seen or knows the information"
              + " (DPA 2018 Sch 3 Pt 2 para 6(1)(b))");
    }
    if (basis.length() > 2000) {
      throw new InvalidCaseInputException(SarProcess.HEALTH_ALREADY_SEEN_BASIS, "must be at most 2000 characters");
    }
    return HealthClearance.alreadySeen(reference, basis, currentUser.id(), clock.instant());
  }

  private Optional<HealthClearance> validEarlierOpinion(CaseFile file, LocalDate day) {
    Subject child = file.subject();
    if (child == null || child.name() == null || child.dateOfBirth() == null) {
      return Optional.empty();
    }
    return repository
        .findByRouteAndChildNameKeyAndChildDateOfBirthOrderByOpinionGivenOnDescIdDesc(
            HealthDataRoute.NEW_OPINION, childKey(child), child.dateOfBirth())
        .stream()
        .filter(opinion -> opinion.allowsReleaseOn(day))
        .findFirst();
  }

  private static String childKey(Subject child) {
    return child == null || child.name() == null ? null : CaseFileService.normalisedName(child.name());
  }

  /** The audit line: the route, the kind of professional, the dates; never a name or the reasons. */
  private static String describe(HealthClearance clearance) {
    return switch (clearance.route()) {
      case NEW_OPINION, EARLIER_OPINION ->
          clearance.route() + ": " + clearance.profession() + " opinion given " + clearance.opinionGivenOn() + ", "
              + clearance.opinion() + "; valid until " + clearance.opinionValidUntil();
      case ALREADY_SEEN -> "ALREADY_SEEN: the child has already seen or knows the information";
    };
  }
}
