package org.inforights.casework.sar;

import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.PersonalDataEraser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A health-data clearance names a health professional, dates an opinion about a child's health and
 * may say how the child knows it: all of it goes when the case is erased, and with the child's key
 * the opinion can no longer be found for another request. The route stays, for the statistics.
 */
@Component
class HealthClearanceErasure implements PersonalDataEraser {

  private final JdbcTemplate jdbc;

  HealthClearanceErasure(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(CaseFile closedCase) {
    jdbc.update(
        "update sar_health_clearance set professional_name = null, child_name_key = null, child_date_of_birth = null,"
            + " opinion_given_on = null, basis = null where case_reference = ?",
        closedCase.reference());
  }
}
