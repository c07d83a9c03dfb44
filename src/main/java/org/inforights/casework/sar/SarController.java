package org.inforights.casework.sar;

import jakarta.validation.Valid;
import java.net.URI;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.casefile.IdempotentIntake;
import org.inforights.casework.platform.ConflictRetry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Intake of subject access requests from other systems. */
@RestController
class SarController {

  private final SarIntake intake;
  private final CaseFileService cases;
  private final SarWithdrawal withdrawal;
  private final ConflictRetry retry;
  private final IdempotentIntake idempotentIntake;

  SarController(
      SarIntake intake,
      CaseFileService cases,
      SarWithdrawal withdrawal,
      ConflictRetry retry,
      IdempotentIntake idempotentIntake) {
    this.intake = intake;
    this.cases = cases;
    this.withdrawal = withdrawal;
    this.retry = retry;
    this.idempotentIntake = idempotentIntake;
  }

  /**
   * A new request. With an {@code Idempotency-Key}, the same request sent again by the same user
   * answers 200 with the case the first one created, and opens no second case.
   */
  @PostMapping("/api/sars")
  ResponseEntity<CaseView> register(
      @Valid @RequestBody NewSarRequest request,
      @RequestHeader(name = IdempotentIntake.HEADER, required = false) String idempotencyKey) {
    if (idempotencyKey == null) {
      CaseFile file = intake.registerAndStart(request);
      return ResponseEntity.created(URI.create("/api/cases/" + file.reference())).body(cases.view(file));
    }
    IdempotentIntake.Outcome outcome =
        idempotentIntake.once(idempotencyKey, request, () -> intake.registerAndStart(request).reference());
    return IdempotentIntake.response(outcome, cases.view(outcome.reference()));
  }

  /** The requester withdrew the request: the process closes the case and confirms. */
  @PostMapping("/api/cases/{reference}/withdrawal")
  CaseView withdraw(@PathVariable String reference) {
    return retry.run(() -> withdrawal.withdraw(reference));
  }
}
