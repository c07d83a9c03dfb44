package org.inforights.casework.delivery;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.platform.CurrentUser;
import org.inforights.casework.response.ResponseLetters;
import org.inforights.casework.response.ResponsePack;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The response's delivery, for the IG team: the approval in force and whether the pack still
 * matches it, the links issued and their downloads, a new link, the code letter to print, and the
 * print-ready postal pack. Officers and managers (see the security configuration).
 */
@RestController
@RequestMapping("/api/cases/{reference}/delivery")
class DeliveryController {

  private final ResponseApprovals approvals;
  private final SecureDelivery delivery;
  private final ResponsePack pack;
  private final ResponseLetters printed;
  private final CaseFileService cases;
  private final CurrentUser currentUser;
  private final Clock clock;

  DeliveryController(
      ResponseApprovals approvals, SecureDelivery delivery, ResponsePack pack, ResponseLetters printed,
      CaseFileService cases, CurrentUser currentUser, Clock clock) {
    this.approvals = approvals;
    this.delivery = delivery;
    this.pack = pack;
    this.printed = printed;
    this.cases = cases;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Where the response stands: no personal data, only hashes, user ids, dates and counts. */
  record DeliveryStatus(
      String reference, String currentSha256, ResponseApprovals.Approval approval, boolean changedSinceApproval,
      List<ResponseApprovals.Approval> approvals, List<SecureDelivery.LinkView> links, int downloads,
      boolean codeLetterWaiting) {}

  @GetMapping
  DeliveryStatus status(@PathVariable String reference) {
    requireSar(reference);
    String current = pack.currentPackHash(reference);
    ResponseApprovals.Approval approval = approvals.inForce(reference).orElse(null);
    List<SecureDelivery.LinkView> links = delivery.links(reference);
    return new DeliveryStatus(
        reference, current, approval, approval != null && !approval.sha256().equalsIgnoreCase(current),
        approvals.history(reference), links, links.stream().mapToInt(SecureDelivery.LinkView::downloads).sum(),
        delivery.codeLetterWaiting(reference));
  }

  /** A new link (the old one dies); 409 unless the approved pack is unchanged and a link went before. */
  @PostMapping("/links")
  ResponseEntity<SecureDelivery.Issued> reissue(@PathVariable String reference) {
    requireSar(reference);
    return ResponseEntity.status(HttpStatus.CREATED).body(delivery.reissue(reference, currentUser.id()));
  }

  /** The letter carrying the latest link's code, when the code goes by post: once, then it is gone. */
  @GetMapping("/code-letter")
  ResponseEntity<byte[]> codeLetter(@PathVariable String reference) {
    requireSar(reference);
    byte[] letter =
        delivery.takeCodeLetter(reference)
            .orElseThrow(() -> new CaseNotFoundException(
                reference + " has no code letter waiting: it is printed once; issue a new link for a new code"));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(reference + "-code-letter.pdf").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .body(letter);
  }

  /** The print-ready postal pack: a covering letter, then the approved pack; 409 if it changed. */
  @GetMapping("/postal-pack")
  void postalPack(@PathVariable String reference, HttpServletResponse response) throws IOException {
    requireSar(reference);
    ResponseApprovals.Approval approval = approvals.requireApprovedAndUnchanged(reference);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    printed.writePostalPack(reference, approval.sha256(), LocalDate.now(clock), out);
    response.setContentType(MediaType.APPLICATION_PDF_VALUE);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(reference + "-postal-pack.pdf").build().toString());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Pack-Hash", approval.sha256());
    response.setContentLength(out.size());
    out.writeTo(response.getOutputStream());
  }

  private void requireSar(String reference) {
    if (cases.view(reference).type() != CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
  }
}
