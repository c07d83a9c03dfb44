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
 * A letter as it was sent about a case: its type, subject and text, who sent it and when. The text
 * holds personal data (the requester's and the child's names), so it lives here, never in a log.
 */
@Entity
@Immutable
@Table(name = "case_letter")
class CaseLetter {

  /** Longer than any letter the templates make; a longer one is refused rather than cut. */
  static final int MAX_BODY = 100_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "letter_type", nullable = false, updatable = false, length = 64)
  private String letterType;

  @Column(nullable = false, updatable = false, length = 500)
  private String subject;

  @Column(nullable = false, updatable = false, length = MAX_BODY)
  private String body;

  @Column(name = "sent_by", nullable = false, updatable = false, length = 64)
  private String sentBy;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected CaseLetter() {}

  CaseLetter(Long caseId, String letterType, String subject, String body, String sentBy, Instant sentAt) {
    this.caseId = caseId;
    this.letterType = letterType;
    this.subject = subject;
    this.body = body;
    this.sentBy = sentBy;
    this.sentAt = sentAt;
  }

  String letterType() {
    return letterType;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  Instant sentAt() {
    return sentAt;
  }
}
