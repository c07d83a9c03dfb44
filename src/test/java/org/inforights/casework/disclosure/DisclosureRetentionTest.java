package org.inforights.casework.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.PersonalDataEraser;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseRetention;
import org.inforights.casework.casefile.Outcome;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A closed disclosure request lives as long as the care record it drew on (75 years from the
 * child's birth by default), then loses its children and free text, not its register facts.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class DisclosureRetentionTest {

  // a year no other test registers cases in: references are numbered per type and year
  static final LocalDate RECEIVED = LocalDate.of(2045, 1, 9);

  @Autowired DisclosureIntake intake;
  @Autowired CaseFileService cases;
  @Autowired CaseRetention retention;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void afterTheCareRecordsLifeTheChildrenAndTheFreeTextGoAndTheRegisterFactsStay() {
    EngineTime.today(RECEIVED);
    String reference =
        intake.registerAndStart(
                DisclosureRequests.aboutOneChild(DisclosureRequests.police(PoliceRank.INSPECTOR), "Wilhelmina Erasewell",
                    LocalDate.of(2033, 3, 3), Sensitivity.STANDARD, Urgency.ROUTINE))
            .reference();
    runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "decided outside the test"));
    // as if the extract step had recorded why the family was not told
    jdbc.update("update disclosure_request set family_told = false, family_not_told_reason = ? where case_reference = ?",
        "Wilhelmina's mother is under investigation", reference);
    EngineTime.today(RECEIVED.plusDays(3));
    cases.close(reference, Outcome.REFUSED, RECEIVED.plusDays(3));

    EngineTime.today(RECEIVED.plusDays(3).plusYears(6).plusDays(1));
    assertThat(retention.eraseExpired()).as("the care record it drew on is still kept").doesNotContain(reference);
    EngineTime.today(LocalDate.of(2108, 3, 3));
    assertThat(retention.eraseExpired()).as("until the child's 75th birthday").doesNotContain(reference);
    EngineTime.today(LocalDate.of(2108, 3, 4));
    assertThat(retention.eraseExpired()).contains(reference);

    assertThat(jdbc.queryForObject(
            "select count(*) from case_child c join case_file f on f.id = c.case_id where f.reference = ?",
            Long.class, reference))
        .isZero();
    Map<String, Object> request =
        jdbc.queryForMap("select * from disclosure_request where case_reference = ?", reference);
    assertThat(request.get("PURPOSE")).isEqualTo(PersonalDataEraser.ERASED_TEXT);
    assertThat(request.get("DATA_REQUESTED")).isEqualTo(PersonalDataEraser.ERASED_TEXT);
    assertThat(request.get("AUTHORISING_OFFICER_NAME")).isNull();
    assertThat(request.get("FAMILY_NOT_TOLD_REASON")).isNull();
    assertThat(request.get("FAMILY_TOLD")).as("whether they were told is no one's personal data").isEqualTo(false);
    assertThat(request.get("ORGANISATION")).isEqualTo("Thames Valley Police");
    assertThat(request.get("LEGAL_BASIS")).isEqualTo("CRIME_AND_TAXATION");
    assertThat(request.get("NUMBER_OF_CHILDREN")).isEqualTo(1);
    assertThat(String.valueOf(jdbc.queryForList(
            "select requester_name, requester_email from case_file where reference = ?", reference)))
        .doesNotContain("Reed", "police.example");
  }
}
