package org.inforights.casework.casefile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case file's own children that hold personal data: notes (free text), documents and the
 * letters sent (their text). All are deleted whole; the case's audit trail keeps that they existed. So is the record of the intake's
 * idempotency key, whose fingerprint was taken from the request's personal data.
 */
@Component
class CaseFilePersonalData implements PersonalDataEraser {

  private final JdbcTemplate jdbc;

  CaseFilePersonalData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(CaseFile closedCase) {
    jdbc.update("delete from case_note where case_id = ?", closedCase.id());
    jdbc.update("delete from case_attachment where case_id = ?", closedCase.id());
    jdbc.update("delete from case_letter where case_id = ?", closedCase.id());
    jdbc.update("delete from intake_request where case_reference = ?", closedCase.reference());
  }
}
