package org.inforights.casework.sar;

import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.PersonalDataEraser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A redaction's location and reasoning describe third parties and the child; they go when the case
 * is erased, as does why a professional was withheld. The exemption relied on, the third party's
 * role, the consent outcome and the factors weighed stay, for the statistics.
 */
@Component
class RedactionLogErasure implements PersonalDataEraser {

  private final JdbcTemplate jdbc;

  RedactionLogErasure(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(CaseFile closedCase) {
    jdbc.update(
        "update sar_redaction set location = ?, reasoning = ?, professional_reason = null where case_reference = ?",
        ERASED_TEXT, ERASED_TEXT, closedCase.reference());
  }
}
