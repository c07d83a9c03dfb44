package org.inforights.casework.sar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One search of one place for a subject access request: who, when, what was found. */
@Entity
@Immutable
@Table(name = "sar_search_record")
class SearchRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Column(nullable = false, updatable = false, length = 64)
  private String place;

  @Column(name = "searched_on", nullable = false, updatable = false)
  private LocalDate searchedOn;

  @Column(name = "searched_by", nullable = false, updatable = false)
  private String searchedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SearchOutcome outcome;

  /** What was found (volumes, files, periods): may describe the family, erased with the case. */
  @Column(updatable = false, length = 2000)
  private String found;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected SearchRecord() {}

  SearchRecord(
      String caseReference, String place, LocalDate searchedOn, String searchedBy, SearchOutcome outcome,
      String found, Instant recordedAt) {
    this.caseReference = caseReference;
    this.place = place;
    this.searchedOn = searchedOn;
    this.searchedBy = searchedBy;
    this.outcome = outcome;
    this.found = found;
    this.recordedAt = recordedAt;
  }

  Long id() {
    return id;
  }

  String place() {
    return place;
  }

  LocalDate searchedOn() {
    return searchedOn;
  }

  String searchedBy() {
    return searchedBy;
  }

  SearchOutcome outcome() {
    return outcome;
  }

  String found() {
    return found;
  }

  Instant recordedAt() {
    return recordedAt;
  }
}
