package org.inforights.casework.response;

import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.PersonalDataEraser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Redacted copies hold the child's records and go with the case's documents when the case is
 * erased; the marks only make sense with their documents and go too.
 */
@Component
class ResponseErasure implements PersonalDataEraser {

  private final JdbcTemplate jdbc;

  ResponseErasure(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(CaseFile closedCase) {
    jdbc.update("delete from response_redacted_copy where case_reference = ?", closedCase.reference());
    jdbc.update("delete from response_redaction_mark where case_reference = ?", closedCase.reference());
  }
}
