package org.inforights.casework.disclosure;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.inforights.casework.api.Csv;
import org.inforights.casework.casefile.CaseAccessLog;
import org.inforights.casework.casefile.CasePart;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.casefile.IdempotentIntake;
import org.inforights.casework.platform.ConflictRetry;
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
  private final DisclosureWithdrawal withdrawal;
  private final ConflictRetry retry;
  private final CaseAccessLog accessLog;

  DisclosureController(
      DisclosureIntake intake,
      DisclosureCases disclosures,
      DisclosureRegister register,
      CaseFileService cases,
      IdempotentIntake idempotentIntake,
      DisclosureWithdrawal withdrawal,
      ConflictRetry retry,
      CaseAccessLog accessLog) {
    this.intake = intake;
    this.disclosures = disclosures;
    this.register = register;
    this.cases = cases;
    this.idempotentIntake = idempotentIntake;
    this.withdrawal = withdrawal;
    this.retry = retry;
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
    return idempotentIntake.register(
        idempotencyKey, request, () -> intake.registerAndStart(request).reference(), cases::view);
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

  /**
   * The requester withdrew the request: the process closes the case as withdrawn and confirms it.
   * 409 when the case is already closed, or another withdrawal got there first.
   */
  @PostMapping("/api/disclosure-requests/{reference}/withdrawal")
  CaseView withdraw(@PathVariable String reference) {
    return retry.run(() -> withdrawal.withdraw(reference));
  }

  /**
   * Approved disclosures, as published: no child's name or identifier, the month not the day,
   * small numbers of children as {@code "<N"}, and crime disclosures only after their hold-back
   * period (see {@link DisclosureRegister}). JSON, or CSV on request.
   */
  @GetMapping("/api/disclosure-register")
  ResponseEntity<?> register(
      @RequestParam(required = false) String format,
      @RequestHeader(name = "Accept", required = false) String accept) {
    List<DisclosureRegister.Entry> entries = register.entries();
    if (!Csv.wanted(format, accept)) {
      return ResponseEntity.ok(entries);
    }
    return Csv.response(
        "reference,disclosedIn,recipientOrganisation,recipientType,purpose,legalBasis,dataCategories,numberOfChildren,decision",
        entries,
        entry -> Csv.line(entry.reference(), entry.disclosedIn(), entry.recipientOrganisation(), entry.recipientType(),
            entry.purpose(), entry.legalBasis(), categories(entry.dataCategories()),
            entry.numberOfChildren(), entry.decision()));
  }

  /**
   * Every decided request, refusals included, with day dates, exact numbers and the day each
   * approved one is or will be published: the DPO's record. Still no child's name.
   */
  @GetMapping("/api/disclosure-register/internal")
  ResponseEntity<?> internalRegister(
      @RequestParam(required = false) String format,
      @RequestHeader(name = "Accept", required = false) String accept) {
    List<DisclosureRegister.InternalEntry> entries = register.internalEntries();
    if (!Csv.wanted(format, accept)) {
      return ResponseEntity.ok(entries);
    }
    return Csv.response(
        "reference,decidedOn,disclosedOn,publishedFrom,recipientOrganisation,recipientType,purpose,legalBasis,"
            + "dataCategories,numberOfChildren,decision,councilLawfulBasis,specialCondition,familyTold",
        entries,
        entry -> Csv.line(entry.reference(), entry.decidedOn(), entry.disclosedOn(), entry.publishedFrom(),
            entry.recipientOrganisation(), entry.recipientType(), entry.purpose(), entry.legalBasis(),
            categories(entry.dataCategories()), entry.numberOfChildren(), entry.decision(), entry.councilLawfulBasis(),
            entry.specialCondition(), entry.familyTold()));
  }

  private static String categories(Set<DataCategory> categories) {
    return String.join("; ", categories.stream().map(Enum::name).toList());
  }
}
