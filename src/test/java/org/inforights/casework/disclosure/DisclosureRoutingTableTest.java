package org.inforights.casework.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The routing table analysts edit ({@code processes/disclosure-routing.dmn}): every rule, in the
 * order the FIRST hit policy reads them, and a request no rule covers.
 */
class DisclosureRoutingTableTest {

  private static DmnEngine engine;
  private static DmnDecision routing;
  private static final Set<String> matchedRules = new HashSet<>();

  @AfterAll
  static void everyRuleOfTheTableWasMatchedBySomeTest() {
    List<String> rules =
        ((DmnDecisionTableImpl) routing.getDecisionLogic()).getRules().stream().map(rule -> rule.getId()).toList();
    assertThat(matchedRules).as("rules matched by the tests above").containsAll(rules);
  }

  @BeforeAll
  static void readTheTable() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        List.of(event -> event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()))));
    engine = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/disclosure-routing.dmn"))) {
      routing = engine.parseDecision("disclosure-routing", in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "risk to life wins over everything | POLICE     | HEALTH      | BULK    | RISK_TO_LIFE | OFFICER                              | false | 0  | 4",
        "police, bulk social-work data     | POLICE     | SOCIAL_WORK | BULK    | URGENT       | OFFICER,MANAGER,CALDICOTT_GUARDIAN,DPO | true | 20 |",
        "bulk extract                      | DFE        | STANDARD    | BULK    | ROUTINE      | MANAGER,CALDICOTT_GUARDIAN,DPO       | true  | 20 |",
        "researcher                        | RESEARCHER | STANDARD    | SEVERAL | ROUTINE      | MANAGER,CALDICOTT_GUARDIAN,DPO       | true  | 20 |",
        "researcher in a hurry             | RESEARCHER | HEALTH      | ONE     | URGENT       | MANAGER,CALDICOTT_GUARDIAN,DPO       | true  | 20 |",
        "urgent, special category data     | SOLICITOR  | SPECIAL_CATEGORY | ONE | URGENT      | MANAGER,CALDICOTT_GUARDIAN           | false | 1  | 24",
        "urgent police social-work request | POLICE     | SOCIAL_WORK | ONE     | URGENT       | MANAGER,CALDICOTT_GUARDIAN           | false | 1  | 24",
        "urgent, standard data             | OTHER_COUNCIL | STANDARD | SEVERAL | URGENT       | MANAGER                              | false | 1  | 24",
        "police asking for social-work data| POLICE     | SOCIAL_WORK | ONE     | ROUTINE      | OFFICER,MANAGER,CALDICOTT_GUARDIAN   | false | 10 |",
        "court asking for health data      | COURT      | HEALTH      | ONE     | ROUTINE      | MANAGER,CALDICOTT_GUARDIAN           | false | 10 |",
        "police, standard data             | POLICE     | STANDARD    | ONE     | ROUTINE      | OFFICER,MANAGER                      | false | 10 |",
        "another council, standard data    | OTHER_COUNCIL | STANDARD | SEVERAL | ROUTINE      | OFFICER,MANAGER                      | false | 10 |",
        "solicitor, standard data          | SOLICITOR  | STANDARD    | ONE     | ROUTINE      | MANAGER                              | false | 15 |",
      })
  void eachRuleRoutesItsRequests(
      String story, String requesterType, String sensitivity, String childrenScope, String urgency,
      String approvals, boolean dpiaRequired, int targetWorkingDays, Integer targetHours) {
    DmnDecisionTableResult result = evaluate(requesterType, sensitivity, childrenScope, urgency);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("approvals", approvals)
        .containsEntry("dpiaRequired", dpiaRequired)
        .containsEntry("targetWorkingDays", targetWorkingDays);
    // an empty output entry leaves the output out of the result: the row counts in working days
    assertThat(result.getSingleResult().getEntryMap().get("targetHours")).isEqualTo(targetHours);
  }

  /**
   * Urgent work is counted in hours of calendar time: every urgent request the table routes by
   * urgency (all but bulk extracts and research, which are never urgent work) has a target in
   * hours, risk to life the shortest, and no routine request has one.
   */
  @Test
  void urgentRequestsHaveTargetsInHoursAndRoutineOnesNone() {
    for (RequesterType requester : RequesterType.values()) {
      for (Sensitivity sensitivity : Sensitivity.values()) {
        for (ChildrenScope scope : ChildrenScope.values()) {
          Object riskToLife = evaluate(requester.name(), sensitivity.name(), scope.name(), "RISK_TO_LIFE").getSingleResult().getEntryMap().get("targetHours");
          Object urgent = evaluate(requester.name(), sensitivity.name(), scope.name(), "URGENT").getSingleResult().getEntryMap().get("targetHours");
          Object routine = evaluate(requester.name(), sensitivity.name(), scope.name(), "ROUTINE").getSingleResult().getEntryMap().get("targetHours");
          String story = requester + " " + sensitivity + " " + scope;
          assertThat(riskToLife).as(story).isEqualTo(4);
          assertThat(routine).as(story).isNull();
          if (scope != ChildrenScope.BULK && requester != RequesterType.RESEARCHER) {
            assertThat(urgent).as(story).isEqualTo(24);
          } else {
            assertThat(urgent).as(story).isNull();
          }
        }
      }
    }
  }

  @Test
  void everyRequestIntakeAcceptsIsRoutedToAtLeastOneKnownApprover() {
    for (Facts facts : everyRequest()) {
      DmnDecisionTableResult result = evaluate(facts);
      assertThat(result).as(facts.toString()).hasSize(1);
      assertThat(DisclosureRouting.approverGroups(result.getSingleResult().getEntry("approvals"))).isNotEmpty();
    }
  }


  /**
   * A routine request under a standing sharing agreement has one approver, an officer, whatever
   * else it is: the agreement's own approval (and DPIA) covered the rest. An urgent one keeps its
   * hours; a risk to life is shared at once.
   */
  @Test
  void aRoutineRequestUnderAnAgreementHasOneApproverWhateverElseItIs() {
    for (RequesterType requester : RequesterType.values()) {
      for (Sensitivity sensitivity : Sensitivity.values()) {
        for (ChildrenScope scope : ChildrenScope.values()) {
          Map<String, Object> routine =
              evaluate(requester.name(), sensitivity.name(), scope.name(), "ROUTINE", true).getSingleResult().getEntryMap();
          assertThat(routine).as("%s %s %s", requester, sensitivity, scope)
              .containsEntry("approvals", "OFFICER").containsEntry("dpiaRequired", false).containsEntry("targetWorkingDays", 5);
          Map<String, Object> riskToLife =
              evaluate(requester.name(), sensitivity.name(), scope.name(), "RISK_TO_LIFE", true).getSingleResult().getEntryMap();
          assertThat(riskToLife.get("targetHours")).isEqualTo(4);
        }
      }
    }
    assertThat(evaluate("POLICE", "STANDARD", "ONE", "URGENT", true).getSingleResult().getEntryMap().get("targetHours"))
        .isEqualTo(24);
  }

  /**
   * A compelled disclosure (court order, coroner's notice, Cafcass) goes to a manager's check of the
   * order, whatever else it is, with no DPIA and no target from the table: its target is the
   * order's own date. Only a risk to life is shared at once first.
   */
  @Test
  void aCompelledDisclosureIsCheckedByAManagerWhateverElseItIsAndTakesItsTargetFromTheOrder() {
    for (Facts facts : everyRequest()) {
      if (!facts.compelled()) {
        continue;
      }
      Map<String, Object> row = evaluate(facts).getSingleResult().getEntryMap();
      if (facts.urgency() == Urgency.RISK_TO_LIFE) {
        assertThat(row.get("targetHours")).as(facts.toString()).isEqualTo(4);
      } else {
        assertThat(row).as(facts.toString()).containsEntry("approvals", "MANAGER").containsEntry("dpiaRequired", false);
        assertThat(row.get("targetWorkingDays")).as(facts.toString()).isNull();
        assertThat(row.get("targetHours")).as(facts.toString()).isNull();
      }
    }
  }

  /** One combination of the table's inputs. */
  record Facts(
      RequesterType requester, Sensitivity sensitivity, ChildrenScope scope, Urgency urgency, boolean underAgreement,
      boolean compelled) {}

  /** Every combination of the table's inputs that intake can produce. */
  private static List<Facts> everyRequest() {
    List<Facts> all = new java.util.ArrayList<>();
    for (RequesterType requester : RequesterType.values()) {
      for (Sensitivity sensitivity : Sensitivity.values()) {
        for (ChildrenScope scope : ChildrenScope.values()) {
          for (Urgency urgency : Urgency.values()) {
            for (boolean underAgreement : new boolean[] {false, true}) {
              for (boolean compelled : new boolean[] {false, true}) {
                all.add(new Facts(requester, sensitivity, scope, urgency, underAgreement, compelled));
              }
            }
          }
        }
      }
    }
    return all;
  }

  private static DmnDecisionTableResult evaluate(Facts facts) {
    return evaluate(facts.requester().name(), facts.sensitivity().name(), facts.scope().name(), facts.urgency().name(),
        facts.underAgreement(), facts.compelled());
  }


  @Test
  void anApproverTheProcessDoesNotKnowIsAFaultOfTheTable() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DisclosureRouting.approverGroups("MANAGER,HEADTEACHER"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown approver 'HEADTEACHER'");
    assertThat(DisclosureRouting.approverGroups(" officer , MANAGER,DPO"))
        .containsExactly("ig-officers", "ig-managers", "dpo");
  }

  @Test
  void aRequestNoRuleCoversGetsNoRouting() {
    assertThat(evaluate("JOURNALIST", "STANDARD", "ONE", "ROUTINE")).isEmpty();
  }

  /** Without {@code compelled}, as cases registered before compelled disclosures were known are evaluated. */
  private static DmnDecisionTableResult evaluate(
      String requesterType, String sensitivity, String childrenScope, String urgency, boolean underAgreement) {
    return evaluate(facts(requesterType, sensitivity, childrenScope, urgency, Map.of("underAgreement", underAgreement)));
  }

  private static DmnDecisionTableResult evaluate(
      String requesterType, String sensitivity, String childrenScope, String urgency, boolean underAgreement,
      boolean compelled) {
    return evaluate(facts(requesterType, sensitivity, childrenScope, urgency,
        Map.of("underAgreement", underAgreement, "compelled", compelled)));
  }

  private static Map<String, Object> facts(
      String requesterType, String sensitivity, String childrenScope, String urgency, Map<String, Object> more) {
    Map<String, Object> facts = new java.util.HashMap<>(more);
    facts.put("requesterType", requesterType);
    facts.put("sensitivity", sensitivity);
    facts.put("childrenScope", childrenScope);
    facts.put("urgency", urgency);
    return facts;
  }

  private static DmnDecisionTableResult evaluate(Map<String, Object> facts) {
    return engine.evaluateDecisionTable(routing, facts);
  }

  /** Without {@code underAgreement}, as cases registered before agreements were known are evaluated. */
  private static DmnDecisionTableResult evaluate(
      String requesterType, String sensitivity, String childrenScope, String urgency) {
    return evaluate(facts(requesterType, sensitivity, childrenScope, urgency, Map.of()));
  }

}
