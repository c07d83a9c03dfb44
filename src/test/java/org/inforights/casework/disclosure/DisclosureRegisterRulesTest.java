package org.inforights.casework.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The published register's rules on their own, at thresholds other than the defaults: small
 * numbers of children suppressed below {@code suppress-below}, and crime disclosures held back for
 * {@code crime-hold-back-months}.
 */
class DisclosureRegisterRulesTest {

  static final LocalDate SENT = LocalDate.of(2026, 3, 20);

  @Test
  void numbersBelowTheThresholdShowOnlyThatTheyAreBelowIt() {
    DisclosureRegister atFive = register(5, 24);
    assertThat(atFive.numberOfChildren(1)).isEqualTo("<5");
    assertThat(atFive.numberOfChildren(4)).isEqualTo("<5");
    assertThat(atFive.numberOfChildren(5)).isEqualTo("5");
    assertThat(atFive.numberOfChildren(40)).isEqualTo("40");
    assertThat(register(10, 24).numberOfChildren(9)).isEqualTo("<10");
    assertThat(register(1, 24).numberOfChildren(1)).as("1 publishes every number").isEqualTo("1");
  }

  @Test
  void aPoliceOrCrimeDisclosureIsHeldBackAndAnyOtherPublishedAtOnce() {
    DisclosureRequest police = disclosed(DisclosureRequests.police(PoliceRank.INSPECTOR), LegalBasis.CRIME_AND_TAXATION);
    DisclosureRequest crimeByAnother = disclosed(DisclosureRequests.researcher(), LegalBasis.CRIME_AND_TAXATION);
    DisclosureRequest research = disclosed(DisclosureRequests.researcher(), LegalBasis.RESEARCH);

    assertThat(register(5, 24).publishedFrom(police)).isEqualTo(LocalDate.of(2028, 3, 20));
    assertThat(register(5, 6).publishedFrom(crimeByAnother)).isEqualTo(LocalDate.of(2026, 9, 20));
    assertThat(register(5, 24).publishedFrom(research)).isEqualTo(SENT);
    assertThat(register(5, 0).publishedFrom(police)).as("no hold-back configured").isEqualTo(SENT);
  }

  @Test
  void aThresholdBelowOneOrANegativeHoldBackIsRefusedAtStart() {
    assertThatThrownBy(() -> new DisclosureProperties.Register(0, 24))
        .hasMessageContaining("casework.disclosure.register.suppress-below");
    assertThatThrownBy(() -> new DisclosureProperties.Register(5, -1))
        .hasMessageContaining("casework.disclosure.register.crime-hold-back-months");
  }

  private static DisclosureRegister register(int suppressBelow, int holdBackMonths) {
    return new DisclosureRegister(
        null,
        new DisclosureProperties(10, new DisclosureProperties.Register(suppressBelow, holdBackMonths), 1),
        Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneOffset.UTC));
  }

  private static DisclosureRequest disclosed(NewDisclosureRequest.Requester requester, LegalBasis basis) {
    NewDisclosureRequest one =
        DisclosureRequests.aboutOneChild(requester, "Robin Ash", LocalDate.of(2012, 5, 17), Sensitivity.STANDARD, Urgency.ROUTINE);
    DisclosureRequest request = new DisclosureRequest("DIS-2026-00001", new NewDisclosureRequest(
        one.receivedOn(), one.requester(), basis, one.legalBasisDetail(), one.purpose(), one.dataRequested(),
        one.dataCategories(), one.childrenScope(), one.children(), one.numberOfChildren(), one.sensitivity(),
        one.securityArrangements(), one.retentionArrangements(), one.urgency()));
    request.decideApproval("MANAGER", DisclosureDecision.APPROVE, "Necessary", null, CouncilLawfulBasis.PUBLIC_TASK,
        SpecialDataCondition.NOT_NEEDED, "manager", Instant.parse("2026-03-19T10:00:00Z"));
    request.recordDisclosure("Contact dates", "Investigation", SENT, SENT);
    return request;
  }
}
