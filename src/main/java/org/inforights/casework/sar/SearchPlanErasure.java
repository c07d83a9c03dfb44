package org.inforights.casework.sar;

import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.PersonalDataEraser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a search found may describe the family; it goes when the case is erased. The places, dates,
 * searchers and outcomes stay: they show the search was reasonable and proportionate.
 */
@Component
class SearchPlanErasure implements PersonalDataEraser {

  private final JdbcTemplate jdbc;

  SearchPlanErasure(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(CaseFile closedCase) {
    jdbc.update("update sar_search_record set found = null where case_reference = ?", closedCase.reference());
  }
}
