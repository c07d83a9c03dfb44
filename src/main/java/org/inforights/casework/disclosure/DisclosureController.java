package org.inforights.casework.disclosure;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.inforights.casework.api.Csv;
import org.inforights.casework.casefile.CaseAccessLog;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CasePart;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.casefile.IdempotentIntake;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Intake of third parties' disclosure requests, the request as staff see it, and the register. */
@RestController
class DisclosureController {

  private final DisclosureIntake intake;
  private final DisclosureCases disclosures;
  private final DisclosureRegister register;
  private final CaseFileService cases;
  private final IdempotentIntake idempotentIntake;
  private final CaseAccessLog accessLog;

  DisclosureController(
      DisclosureIntake intake,
      DisclosureCases disclosures,
      DisclosureRegister register,
      CaseFileService cases,
      IdempotentIntake idempotentIntake,
      CaseAccessLog accessLog) {
    this.intake = intake;
    this.disclosures = disclosures;
    this.register = register;
    this.cases = cases;
    this.idempotentIntake = idempotentIntake;
    this.accessLog = accessLog;
  }

  /**
   * A new request. With an {@code Idempotency-Key}, the same request sent again by the same user
   * answers 200 with the case the first one created, and opens no second case.
   */
  @PostMapping("/api/disclosure-requests")
  ResponseEntity<CaseView> register(
      @Valid @RequestBody NewDisclosureRequest request,
      @RequestHeader(name = IdempotentIntake.HEADER, required = false) String idempotencyKey) {
    if (idempotencyKey == null) {
      CaseFile file = intake.registerAndStart(request);
      return ResponseEntity.created(URI.create("/api/cases/" + file.reference())).body(cases.view(file));
    }
    IdempotentIntake.Outcome outcome =
        idempotentIntake.once(idempotencyKey, request, () -> intake.registerAndStart(request).reference());
    return IdempotentIntake.response(outcome, cases.view(outcome.reference()));
  }

  /** The request, the children it names and its decision record: for the staff deciding it. */
  @GetMapping("/api/disclosure-requests/{reference}")
  DisclosureView request(@PathVariable String reference) {
    DisclosureView view = disclosures.view(reference);
    accessLog.viewed(
        reference,
        List.of(CasePart.REQUESTER, CasePart.REQUESTER_CONTACT, CasePart.CHILD, CasePart.DISCLOSURE_REQUEST,
            CasePart.LINKED_CASES),
        "GET /api/disclosure-requests/" + reference);
    return view;
  }

  /** Approved disclosures, as published: no child's name or identifier. JSON, or CSV on request. */
  @GetMapping("/api/disclosure-register")
  ResponseEntity<?> register(
      @RequestParam(required = false) String format,
      @RequestHeader(name = "Accept", required = false) String accept) {
    List<DisclosureRegister.Entry> entries = register.entries();
    if (!Csv.wanted(format, accept)) {
      return ResponseEntity.ok(entries);
    }
    return Csv.response(
        "reference,disclosedOn,recipientOrganisation,recipientType,purpose,legalBasis,dataCategories,numberOfChildren,decision",
        entries,
        entry -> Csv.line(entry.reference(), entry.disclosedOn(), entry.recipientOrganisation(), entry.recipientType(),
            entry.purpose(), entry.legalBasis(), String.join("; ", entry.dataCategories().stream().map(Enum::name).toList()),
            entry.numberOfChildren(), entry.decision()));
  }
}
