package org.inforights.casework.sar;

import org.inforights.casework.casefile.CaseAccess;
import org.inforights.casework.casefile.CasePart;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.inforights.casework.casefile.CaseAccessLog;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.platform.CurrentUser;
import org.inforights.casework.casefile.CaseContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The redaction log of a subject access response, over REST, and the exemptions a line of this
 * case may rest on.
 *
 * <p>A line withholding a third party's information (DPA 2018 Sch 2 Pt 3 para 16) records who the
 * third party is, what became of asking for their consent and the para 16(3) circumstances weighed;
 * consent given leaves nothing to withhold (para 16(2)(a)). A social, health or education worker
 * named for what they did in their role is normally disclosed (para 17): withholding one needs a
 * reason of its own and the answer carries a warning. The "expectations and wishes" and child abuse
 * paragraphs are refused unless a person with parental responsibility for a child made the request
 * ({@link ParentalResponsibilityRequest}).
 */
@RestController
@RequestMapping("/api/cases/{reference}/redactions")
class RedactionLog {

  static final String PROFESSIONAL_WARNING =
      "A %s acting in their role is normally disclosed, not withheld as a third party"
          + " (Data Protection Act 2018 Sch 2 Pt 3 para 17); the reason for withholding is on the line.";

  record ThirdParty(
      @NotNull ThirdPartyRole role,
      @NotNull ConsentOutcome consent,
      List<ConsentFactor> factorsWeighed,
      @Size(max = 2000) String professionalReason) {}

  record NewRedaction(
      @NotBlank @Size(max = 500) String location,
      @NotNull Exemption exemption,
      @NotBlank @Size(max = 2000) String reasoning,
      Boolean consentSought,
      @Valid ThirdParty thirdParty) {}

  record ThirdPartyView(
      ThirdPartyRole role, ConsentOutcome consent, List<ConsentFactor> factorsWeighed, String professionalReason) {}

  record RedactionView(
      long id,
      String location,
      Exemption exemption,
      String statutoryReference,
      String reasoning,
      boolean consentSought,
      ThirdPartyView thirdParty,
      String recordedBy,
      Instant recordedAt,
      List<String> warnings) {

    static RedactionView of(Redaction redaction) {
      return new RedactionView(
          redaction.id(),
          redaction.location(),
          redaction.exemption(),
          redaction.exemption().statutoryReference(),
          redaction.reasoning(),
          redaction.consentSought(),
          redaction.consentOutcome() == null
              ? null
              : new ThirdPartyView(
                  redaction.thirdPartyRole(), redaction.consentOutcome(), redaction.consentFactors(),
                  redaction.professionalReason()),
          redaction.recordedBy(),
          redaction.recordedAt(),
          warnings(redaction));
    }

    private static List<String> warnings(Redaction redaction) {
      ThirdPartyRole role = redaction.thirdPartyRole();
      return role != null && role.professional()
          ? List.of(PROFESSIONAL_WARNING.formatted(role.name().toLowerCase().replace('_', ' ')))
          : List.of();
    }
  }

  private final RedactionRepository redactions;
  private final CaseFileService cases;
  private final CaseAccess access;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final CaseAccessLog accessLog;
  private final ApplicationEventPublisher events;
  private final RedactionLines lines;
  private final ParentalResponsibilityRequest parentalResponsibility;

  RedactionLog(
      RedactionRepository redactions, CaseFileService cases, CaseAccess access, CurrentUser currentUser, Clock clock,
      CaseAccessLog accessLog, ApplicationEventPublisher events, RedactionLines lines,
      ParentalResponsibilityRequest parentalResponsibility) {
    this.lines = lines;
    this.parentalResponsibility = parentalResponsibility;
    this.events = events;
    this.redactions = redactions;
    this.cases = cases;
    this.access = access;
    this.currentUser = currentUser;
    this.clock = clock;
    this.accessLog = accessLog;
  }

  @PostMapping
  @Transactional
  ResponseEntity<RedactionView> record(@PathVariable String reference, @Valid @RequestBody NewRedaction body) {
    CaseFile file = requireSar(reference);
    Exemption exemption = body.exemption();
    if (!exemption.offered()) {
      throw new InvalidCaseInputException("exemption",
          "names no paragraph: choose HEALTH_DATA_COURT, HEALTH_DATA_EXPECTATIONS_AND_WISHES or HEALTH_DATA_SERIOUS_HARM");
    }
    if (exemption.parentalResponsibilityRequestOnly() && !parentalResponsibility.of(file)) {
      throw new InvalidCaseInputException("exemption",
          "applies only to a request by a person with parental responsibility for a child under 18 ("
              + exemption.statutoryReference() + "(1))");
    }
    Redaction line =
        exemption == Exemption.THIRD_PARTY_DATA
            ? thirdPartyLine(reference, body)
            : otherLine(reference, body);
    Redaction saved = redactions.save(line);
    events.publishEvent(new CaseContentChanged(reference, "redaction log line " + saved.id() + " recorded"));
    return ResponseEntity.created(URI.create("/api/cases/" + reference + "/redactions"))
        .body(RedactionView.of(saved));
  }

  /** The exemptions a line of this case may rest on, with their statutory references. */
  @GetMapping("/exemptions")
  @Transactional(readOnly = true)
  List<RedactionLines.ExemptionChoice> exemptions(@PathVariable String reference) {
    return lines.exemptionsFor(requireSar(reference));
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<RedactionView> list(@PathVariable String reference) {
    requireSar(reference);
    access.requireRead(reference, CasePart.REDACTION_LOG);
    List<RedactionView> lines =
        redactions.findByCaseReferenceOrderByRecordedAtAscIdAsc(reference).stream()
            .map(RedactionView::of)
            .toList();
    accessLog.viewed(reference, CasePart.REDACTION_LOG, "GET /api/cases/" + reference + "/redactions");
    return lines;
  }

  private Redaction otherLine(String reference, NewRedaction body) {
    if (body.thirdParty() != null) {
      throw new InvalidCaseInputException("thirdParty", "is recorded only for THIRD_PARTY_DATA");
    }
    if (body.consentSought() == null) {
      throw new InvalidCaseInputException("consentSought", "must not be null");
    }
    return new Redaction(
        reference, body.location().strip(), body.exemption(), body.reasoning().strip(), body.consentSought(),
        currentUser.id(), clock.instant());
  }

  private Redaction thirdPartyLine(String reference, NewRedaction body) {
    ThirdParty party = body.thirdParty();
    if (party == null) {
      throw new InvalidCaseInputException("thirdParty",
          "must say who the third party is, what became of asking for consent and the factors weighed"
              + " (Data Protection Act 2018 Sch 2 Pt 3 para 16(3))");
    }
    if (party.consent() == ConsentOutcome.GIVEN) {
      throw new InvalidCaseInputException("thirdParty.consent",
          "the third party consented: their information is disclosed (Data Protection Act 2018 Sch 2 Pt 3 para 16(2)(a))");
    }
    List<ConsentFactor> factors = party.factorsWeighed() == null ? List.of() : party.factorsWeighed();
    List<String> missing = new ArrayList<>();
    if (factors.isEmpty()) {
      missing.add("must name the circumstances weighed (Data Protection Act 2018 Sch 2 Pt 3 para 16(3))");
    } else if (factors.contains(null)) {
      missing.add("must not contain null");
    } else if (party.consent() == ConsentOutcome.REFUSED && !factors.contains(ConsentFactor.EXPRESS_REFUSAL)) {
      missing.add("must include EXPRESS_REFUSAL when the third party refused (para 16(3)(e))");
    } else if (party.consent().sought() && !factors.contains(ConsentFactor.STEPS_TO_SEEK_CONSENT)) {
      missing.add("must include STEPS_TO_SEEK_CONSENT when consent was sought (para 16(3)(c))");
    }
    if (!missing.isEmpty()) {
      throw new InvalidCaseInputException("thirdParty.factorsWeighed", missing.get(0));
    }
    boolean hasReason = party.professionalReason() != null && !party.professionalReason().isBlank();
    if (party.role().professional() && !hasReason) {
      throw new InvalidCaseInputException("thirdParty.professionalReason",
          "a professional acting in their role is normally disclosed (Data Protection Act 2018 Sch 2 Pt 3 para 17):"
              + " say why this one is withheld");
    }
    if (!party.role().professional() && hasReason) {
      throw new InvalidCaseInputException("thirdParty.professionalReason", "is only for a professional third party");
    }
    if (body.consentSought() != null && body.consentSought() != party.consent().sought()) {
      throw new InvalidCaseInputException("consentSought", "contradicts thirdParty.consent");
    }
    return new Redaction(
        reference, body.location().strip(), body.reasoning().strip(), party.role(), party.consent(), factors,
        hasReason ? party.professionalReason().strip() : null, currentUser.id(), clock.instant());
  }

  private CaseFile requireSar(String reference) {
    CaseFile file = cases.get(reference);
    if (file.type() != CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
    return file;
  }
}
