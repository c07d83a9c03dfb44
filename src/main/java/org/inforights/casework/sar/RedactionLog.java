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
import java.util.List;
import org.inforights.casework.casefile.CaseAccessLog;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseType;
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

/** The redaction log of a subject access response, over REST. */
@RestController
@RequestMapping("/api/cases/{reference}/redactions")
class RedactionLog {

  record NewRedaction(
      @NotBlank @Size(max = 500) String location,
      @NotNull Exemption exemption,
      @NotBlank @Size(max = 2000) String reasoning,
      @NotNull Boolean consentSought) {}

  record RedactionView(
      long id,
      String location,
      Exemption exemption,
      String statutoryReference,
      String reasoning,
      boolean consentSought,
      String recordedBy,
      Instant recordedAt) {

    static RedactionView of(Redaction redaction) {
      return new RedactionView(
          redaction.id(),
          redaction.location(),
          redaction.exemption(),
          redaction.exemption().statutoryReference(),
          redaction.reasoning(),
          redaction.consentSought(),
          redaction.recordedBy(),
          redaction.recordedAt());
    }
  }

  private final RedactionRepository redactions;
  private final CaseFileService cases;
  private final CaseAccess access;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final CaseAccessLog accessLog;
  private final ApplicationEventPublisher events;

  RedactionLog(
      RedactionRepository redactions, CaseFileService cases, CaseAccess access, CurrentUser currentUser, Clock clock,
      CaseAccessLog accessLog, ApplicationEventPublisher events) {
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
    requireSar(reference);
    Redaction saved =
        redactions.save(
            new Redaction(
                reference, body.location().strip(), body.exemption(), body.reasoning().strip(),
                body.consentSought(), currentUser.id(), clock.instant()));
    events.publishEvent(new CaseContentChanged(reference, "redaction log line " + saved.id() + " recorded"));
    return ResponseEntity.created(URI.create("/api/cases/" + reference + "/redactions"))
        .body(RedactionView.of(saved));
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

  private void requireSar(String reference) {
    if (cases.view(reference).type() != CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
  }
}
