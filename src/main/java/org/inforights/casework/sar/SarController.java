package org.inforights.casework.sar;

import jakarta.validation.Valid;
import java.net.URI;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Intake of subject access requests from other systems. */
@RestController
class SarController {

  private final SarIntake intake;
  private final CaseFileService cases;
  private final SarWithdrawal withdrawal;

  SarController(SarIntake intake, CaseFileService cases, SarWithdrawal withdrawal) {
    this.intake = intake;
    this.cases = cases;
    this.withdrawal = withdrawal;
  }

  @PostMapping("/api/sars")
  ResponseEntity<CaseView> register(@Valid @RequestBody NewSarRequest request) {
    CaseFile file = intake.registerAndStart(request);
    return ResponseEntity.created(URI.create("/api/cases/" + file.reference())).body(cases.view(file));
  }

  /** The requester withdrew the request: the process closes the case and confirms. */
  @PostMapping("/api/cases/{reference}/withdrawal")
  CaseView withdraw(@PathVariable String reference) {
    return withdrawal.withdraw(reference);
  }
}
