package org.inforights.casework.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the council runs third-party disclosure requests ({@code casework.disclosure.*}). The
 * approvers and targets themselves are in the routing table, {@code processes/disclosure-routing.dmn}.
 *
 * @param fallbackTargetWorkingDays the target, in working days from receipt, of a request no rule
 *     of the routing table matches, until a manager routes it
 * @param register what the published register leaves out ({@code casework.disclosure.register.*})
 * @param urgentReviewWorkingDays a manager reviews a share made at once (share-now route) by the end
 *     of this many working days after it was recorded; 0 = the same working day
 */
@ConfigurationProperties("casework.disclosure")
record DisclosureProperties(
    @DefaultValue("10") int fallbackTargetWorkingDays,
    @DefaultValue Register register,
    @DefaultValue("1") int urgentReviewWorkingDays) {

  DisclosureProperties {
    if (urgentReviewWorkingDays < 0) {
      throw new IllegalArgumentException("casework.disclosure.urgent-review-working-days must not be negative");
    }
  }

  /**
   * The published register's protections.
   *
   * @param suppressBelow a disclosure about fewer children than this shows {@code "<N"} instead of
   *     its number (small-number suppression, as DfE and ONS publish children's statistics); 1
   *     publishes every number
   * @param crimeHoldBackMonths a disclosure for the prevention or detection of crime (a police
   *     request, or one under DPA 2018 Sch 2 Pt 1 para 2) is published only this many months after
   *     it went out, so the register cannot tell anyone of an investigation while it runs
   */
  record Register(@DefaultValue("5") int suppressBelow, @DefaultValue("24") int crimeHoldBackMonths) {

    Register {
      if (suppressBelow < 1) {
        throw new IllegalArgumentException("casework.disclosure.register.suppress-below must be 1 or more");
      }
      if (crimeHoldBackMonths < 0) {
        throw new IllegalArgumentException("casework.disclosure.register.crime-hold-back-months must not be negative");
      }
    }
  }
}
