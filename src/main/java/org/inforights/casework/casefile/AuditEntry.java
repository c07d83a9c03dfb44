package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of a case's append-only audit trail: who did what, when. The detail holds dates,
 * reasons codes and decisions, never a requester's or child's personal data.
 */
@Entity
@Immutable
@Table(name = "case_audit")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false, length = 2000)
  private String detail;

  protected AuditEntry() {}

  AuditEntry(Instant occurredAt, String actor, AuditAction action, String detail) {
    if (action == AuditAction.UNRECOGNISED) {
      throw new IllegalArgumentException("an audit entry records a known action");
    }
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action.name();
    this.detail = detail;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  /** What was done; {@link AuditAction#UNRECOGNISED} for a stored text this version does not know. */
  public AuditAction action() {
    return AuditAction.fromStored(action);
  }

  /** The action as stored, for showing: the same text as {@link #action()}'s name when it is known. */
  public String storedAction() {
    return action;
  }

  public String detail() {
    return detail;
  }
}
