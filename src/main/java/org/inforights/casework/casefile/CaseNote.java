package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A note on a case: who wrote what, when. May hold personal data; kept here, never logged. */
@Entity
@Immutable
@Table(name = "case_note")
public class CaseNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(nullable = false, updatable = false, length = 4000)
  private String text;

  protected CaseNote() {}

  CaseNote(Long caseId, String author, Instant writtenAt, String text) {
    this.caseId = caseId;
    this.author = author;
    this.writtenAt = writtenAt;
    this.text = text;
  }

  public Long id() {
    return id;
  }

  public String author() {
    return author;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public String text() {
    return text;
  }
}
