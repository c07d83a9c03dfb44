package org.inforights.casework.sar;

import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.PersonalDataEraser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who held parental responsibility for a child, the order the child was under and why acting for
 * them was in their best interests go when the case is erased; the competence decision stays, for
 * the statistics. So do the name, organisation and address of whoever passed the request on.
 */
@Component
class ChildAuthorityErasure implements PersonalDataEraser {

  private final JdbcTemplate jdbc;

  ChildAuthorityErasure(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(CaseFile closedCase) {
    jdbc.update(
        "update sar_child_authority set pr_basis = null, legal_status = null, pr_limited = null,"
            + " competence_factors = null, best_interests_reason = null where case_reference = ?",
        closedCase.reference());
    jdbc.update(
        "update sar_intermediary set name = null, organisation = null, email = null where case_reference = ?",
        closedCase.reference());
  }
}
