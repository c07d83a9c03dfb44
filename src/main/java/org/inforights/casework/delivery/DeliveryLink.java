package org.inforights.casework.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A secure download link for one approved pack. Only the SHA-256 of the link's token and a BCrypt
 * hash of its one-time code are kept: the database cannot give either back. A link dies when it
 * expires, when too many wrong codes were tried (locked), or when an officer issues a new one.
 */
@Entity
@Table(name = "delivery_link")
class DeliveryLink {

  /** Where a link stands, as the Case tab shows it. */
  enum State {
    ACTIVE,
    LOCKED,
    EXPIRED,
    REVOKED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Column(name = "token_sha256", nullable = false, updatable = false)
  private String tokenSha256;

  @Column(name = "code_hash", nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "pack_sha256", nullable = false, updatable = false)
  private String packSha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "code_route", nullable = false, updatable = false)
  private CodeRoute codeRoute;

  @Column(name = "issued_by", nullable = false, updatable = false)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_at")
  private Instant lockedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(nullable = false)
  private int downloads;

  @Column(name = "last_download_at")
  private Instant lastDownloadAt;

  protected DeliveryLink() {}

  DeliveryLink(
      String caseReference, String tokenSha256, String codeHash, String packSha256, CodeRoute codeRoute,
      String issuedBy, Instant issuedAt, Instant expiresAt) {
    this.caseReference = caseReference;
    this.tokenSha256 = tokenSha256;
    this.codeHash = codeHash;
    this.packSha256 = packSha256;
    this.codeRoute = codeRoute;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  State state(Instant now) {
    if (revokedAt != null) {
      return State.REVOKED;
    }
    if (lockedAt != null) {
      return State.LOCKED;
    }
    return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
  }

  /** A wrong code: the link locks at the {@code limit}-th. Whether it is now locked. */
  boolean wrongCode(Instant at, int limit) {
    failedAttempts++;
    if (failedAttempts >= limit && lockedAt == null) {
      lockedAt = at;
    }
    return lockedAt != null;
  }

  void downloaded(Instant at) {
    downloads++;
    lastDownloadAt = at;
  }

  void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  Long id() {
    return id;
  }

  String caseReference() {
    return caseReference;
  }

  String codeHash() {
    return codeHash;
  }

  String packSha256() {
    return packSha256;
  }

  CodeRoute codeRoute() {
    return codeRoute;
  }

  String issuedBy() {
    return issuedBy;
  }

  Instant issuedAt() {
    return issuedAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  int failedAttempts() {
    return failedAttempts;
  }

  Instant lockedAt() {
    return lockedAt;
  }

  Instant revokedAt() {
    return revokedAt;
  }

  int downloads() {
    return downloads;
  }

  Instant lastDownloadAt() {
    return lastDownloadAt;
  }
}
