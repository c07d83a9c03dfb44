package org.inforights.casework.disclosure;

import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.PersonalDataEraser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A disclosure request's free text may name the children and the people around them: the
 * requester's purpose and data asked for, the authorising officer, and every reason, condition,
 * extract description and reason the family was not told on the decision record go when the case
 * is erased. What the register publishes (organisation, type, legal basis, kinds of data, number
 * of children, published purpose, dates, decision) stays, as do whether the family was told, the
 * council's lawful basis and the routing facts the statistics count.
 */
@Component
class DisclosureErasure implements PersonalDataEraser {

  private final JdbcTemplate jdbc;

  DisclosureErasure(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(CaseFile closedCase) {
    jdbc.update(
        "update disclosure_request set purpose = ?, data_requested = ?, legal_basis_detail = null,"
            + " authorising_officer_name = null, necessity = null, decision_reasons = null, conditions = null,"
            + " extract_description = null, family_not_told_reason = null where case_reference = ?",
        ERASED_TEXT, ERASED_TEXT, closedCase.reference());
    jdbc.update(
        "update disclosure_decision set reasons = null, conditions = null where request_id in"
            + " (select id from disclosure_request where case_reference = ?)",
        closedCase.reference());
  }
}
