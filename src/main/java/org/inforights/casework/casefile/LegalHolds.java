package org.inforights.casework.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal holds, for the DPO: while a case has a hold not yet released, no retention sweep erases
 * its personal data, whatever its class's period (litigation, a complaint before the ICO or a
 * tribunal, a public inquiry: the data may be evidence, and destroying it then could be an offence,
 * cf. DPA 2018 s.173 for data a request covers). Placing and releasing a hold are on the case's
 * audit trail with who and when; the reasons stay in the hold's own record.
 */
@RestController
@RequestMapping("/api/cases/{reference}/legal-holds")
class LegalHolds {

  /** Whether a case (by id) has a hold not yet released: the sweep's SQL condition. */
  static final String ACTIVE_HOLD_EXISTS =
      "exists (select 1 from case_legal_hold h where h.case_id = %s and h.released_at is null)";

  record Reason(@NotBlank @Size(max = 2000) String reason) {}

  record Hold(
      long id, String reason, String placedBy, Instant placedAt, String releasedBy, Instant releasedAt,
      String releaseReason, boolean active) {}

  private final CaseFileRepository repository;
  private final JdbcTemplate jdbc;
  private final CurrentUser currentUser;
  private final Clock clock;

  LegalHolds(CaseFileRepository repository, JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @PostMapping
  @Transactional
  ResponseEntity<Hold> place(@PathVariable String reference, @Valid @RequestBody Reason body) {
    CaseFile file = find(reference);
    if (file.isErased()) {
      throw new CaseStateConflictException(reference + " was already erased: there is nothing left to hold");
    }
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement(
          "insert into case_legal_hold (case_id, reason, placed_by, placed_at) values (?, ?, ?, ?)",
          new String[] {"id"});
      insert.setLong(1, file.id());
      insert.setString(2, body.reason().strip());
      insert.setString(3, currentUser.id());
      insert.setTimestamp(4, Timestamp.from(now));
      return insert;
    }, key);
    long id = key.getKey().longValue();
    file.recordAudit(now, currentUser.id(), AuditAction.LEGAL_HOLD_PLACED, "hold " + id);
    return ResponseEntity.created(URI.create("/api/cases/" + reference + "/legal-holds/" + id)).body(hold(file, id));
  }

  @PostMapping("/{id}/release")
  @Transactional
  Hold release(@PathVariable String reference, @PathVariable long id, @Valid @RequestBody Reason body) {
    CaseFile file = find(reference);
    Hold hold = hold(file, id);
    if (!hold.active()) {
      throw new CaseStateConflictException("hold " + id + " of " + reference + " was already released");
    }
    Instant now = clock.instant();
    jdbc.update(
        "update case_legal_hold set released_by = ?, released_at = ?, release_reason = ? where id = ?",
        currentUser.id(), Timestamp.from(now), body.reason().strip(), id);
    file.recordAudit(now, currentUser.id(), AuditAction.LEGAL_HOLD_RELEASED, "hold " + id);
    return hold(file, id);
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<Hold> list(@PathVariable String reference) {
    CaseFile file = find(reference);
    return jdbc.query(
        "select * from case_legal_hold where case_id = ? order by placed_at, id",
        (row, i) -> hold(row), file.id());
  }

  private Hold hold(CaseFile file, long id) {
    return jdbc.query(
            "select * from case_legal_hold where case_id = ? and id = ?", (row, i) -> hold(row), file.id(), id)
        .stream()
        .findFirst()
        .orElseThrow(() -> new CaseNotFoundException(file.reference() + " hold " + id));
  }

  private static Hold hold(java.sql.ResultSet row) throws java.sql.SQLException {
    Timestamp released = row.getTimestamp("released_at");
    return new Hold(
        row.getLong("id"), row.getString("reason"), row.getString("placed_by"),
        row.getTimestamp("placed_at").toInstant(), row.getString("released_by"),
        released == null ? null : released.toInstant(), row.getString("release_reason"), released == null);
  }

  private CaseFile find(String reference) {
    return repository.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
  }
}
