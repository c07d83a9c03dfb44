package org.inforights.casework.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A manager's approval of one response pack: the SHA-256 of the exact file approved, by whom and
 * when. It stays in force until the pack changes, the manager decides otherwise, or a later
 * approval replaces it; then it is withdrawn with the reason, never deleted.
 */
@Entity
@Table(name = "response_approval")
class PackApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Column(name = "pack_sha256", nullable = false, updatable = false)
  private String packSha256;

  @Column(name = "approved_by", nullable = false, updatable = false)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false, updatable = false)
  private Instant approvedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_reason")
  private String withdrawnReason;

  protected PackApproval() {}

  PackApproval(String caseReference, String packSha256, String approvedBy, Instant approvedAt) {
    this.caseReference = caseReference;
    this.packSha256 = packSha256;
    this.approvedBy = approvedBy;
    this.approvedAt = approvedAt;
  }

  void withdraw(Instant at, String reason) {
    if (withdrawnAt == null) {
      withdrawnAt = at;
      withdrawnReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
    }
  }

  boolean inForce() {
    return withdrawnAt == null;
  }

  Long id() {
    return id;
  }

  String caseReference() {
    return caseReference;
  }

  String packSha256() {
    return packSha256;
  }

  String approvedBy() {
    return approvedBy;
  }

  Instant approvedAt() {
    return approvedAt;
  }

  Instant withdrawnAt() {
    return withdrawnAt;
  }

  String withdrawnReason() {
    return withdrawnReason;
  }
}
