package org.inforights.casework.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.platform.CurrentUser;
import org.inforights.casework.response.ResponsePack;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager approves the exact response pack: the SHA-256 of the pack as it stands when the
 * approval is given is recorded on the case, with who and when. Nothing goes to the requester
 * unless the pack is still that one: a change to anything it is made from withdraws the approval
 * ({@link ResponseChangeWatch}), and dispatch and delivery refuse a pack whose hash differs.
 */
@Service
public class ResponseApprovals {


  /** An approval as the Case tab shows it. */
  public record Approval(String sha256, String approvedBy, Instant approvedAt, Instant withdrawnAt, String withdrawnReason) {

    static Approval of(PackApproval approval) {
      return new Approval(approval.packSha256(), approval.approvedBy(), approval.approvedAt(),
          approval.withdrawnAt(), approval.withdrawnReason());
    }
  }

  private final PackApprovalRepository approvals;
  private final ResponsePack pack;
  private final CaseFileService cases;
  private final CurrentUser currentUser;
  private final Clock clock;

  ResponseApprovals(
      PackApprovalRepository approvals, ResponsePack pack, CaseFileService cases, CurrentUser currentUser,
      Clock clock) {
    this.approvals = approvals;
    this.pack = pack;
    this.cases = cases;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The current user approves the case's pack as it stands now; an earlier approval is replaced. */
  @Transactional
  public Approval approve(String reference) {
    String sha256 = pack.currentPackHash(reference);
    withdraw(reference, "replaced by a new approval");
    PackApproval approval =
        approvals.save(new PackApproval(reference, sha256, currentUser.id(), clock.instant()));
    cases.recordResponseAction(reference, null, AuditAction.RESPONSE_APPROVED, "response pack sha256 " + sha256);
    return Approval.of(approval);
  }

  /** The approval in force, if any, stops being in force; whether there was one. */
  @Transactional
  public boolean withdraw(String reference, String reason) {
    Optional<PackApproval> inForce = approvals.findFirstByCaseReferenceAndWithdrawnAtIsNullOrderByIdDesc(reference);
    inForce.ifPresent(approval -> {
      approval.withdraw(clock.instant(), reason);
      cases.recordResponseAction(reference, null, AuditAction.RESPONSE_APPROVAL_WITHDRAWN, reason);
    });
    return inForce.isPresent();
  }

  @Transactional(readOnly = true)
  public Optional<Approval> inForce(String reference) {
    return approvals.findFirstByCaseReferenceAndWithdrawnAtIsNullOrderByIdDesc(reference).map(Approval::of);
  }

  @Transactional(readOnly = true)
  public List<Approval> history(String reference) {
    return approvals.findByCaseReferenceOrderByApprovedAtDescIdDesc(reference).stream().map(Approval::of).toList();
  }

  /**
   * The approval in force, if the pack is still the one approved; a conflict naming why otherwise
   * (answered 409): nothing approved, or the pack changed since.
   */
  @Transactional(readOnly = true)
  public Approval requireApprovedAndUnchanged(String reference) {
    Approval approval =
        inForce(reference)
            .orElseThrow(() -> new CaseStateConflictException(
                "The response pack of " + reference + " is not approved: a manager must approve it first"));
    if (pack.changedSince(reference, approval.sha256())) {
      throw new CaseStateConflictException(
          "The response pack of " + reference + " has changed since " + approval.approvedBy()
              + " approved it: a manager must approve it again");
    }
    return approval;
  }
}
