package org.inforights.casework.disclosure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.inforights.casework.platform.ConflictRetry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DPO's standing sharing agreements: create, list, read, update (a review), end. Officers and
 * managers read them to register a request made under one; only the DPO (and administrators)
 * change them.
 */
@RestController
class SharingAgreementController {

  private final SharingAgreements agreements;
  private final ConflictRetry retry;

  SharingAgreementController(SharingAgreements agreements, ConflictRetry retry) {
    this.agreements = agreements;
    this.retry = retry;
  }

  @PostMapping("/api/sharing-agreements")
  ResponseEntity<SharingAgreements.View> create(@Valid @RequestBody SharingAgreementTerms terms) {
    SharingAgreements.View created = agreements.create(terms);
    return ResponseEntity.created(URI.create("/api/sharing-agreements/" + created.id())).body(created);
  }

  @GetMapping("/api/sharing-agreements")
  List<SharingAgreements.View> list() {
    return agreements.list();
  }

  @GetMapping("/api/sharing-agreements/{id}")
  SharingAgreements.View get(@PathVariable long id) {
    return agreements.get(id);
  }

  @PutMapping("/api/sharing-agreements/{id}")
  SharingAgreements.View update(@PathVariable long id, @Valid @RequestBody SharingAgreementTerms terms) {
    return retry.run(() -> agreements.update(id, terms));
  }

  /** Ends the agreement today, with the reason; 409 when it has already ended. */
  @PostMapping("/api/sharing-agreements/{id}/end")
  SharingAgreements.View end(@PathVariable long id, @Valid @RequestBody Ending ending) {
    return retry.run(() -> agreements.end(id, ending.reason()));
  }

  /** Why an agreement ends. */
  record Ending(@NotBlank @Size(max = 2000) String reason) {}
}
