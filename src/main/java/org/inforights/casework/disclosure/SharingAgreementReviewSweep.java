package org.inforights.casework.disclosure;

import org.inforights.casework.platform.SystemActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Each morning (cron {@code casework.disclosure.agreement-review-cron}, default 07:00), gives the DPO
 * a Tasklist task for every sharing agreement whose review date has come.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharingAgreementReviewSweep {

  private static final Logger log = LoggerFactory.getLogger(SharingAgreementReviewSweep.class);

  private final SharingAgreements agreements;
  private final SystemActions systemActions;

  SharingAgreementReviewSweep(SharingAgreements agreements, SystemActions systemActions) {
    this.agreements = agreements;
    this.systemActions = systemActions;
  }

  @Scheduled(cron = "${casework.disclosure.agreement-review-cron:0 0 7 * * *}", zone = "${casework.zone:Europe/London}")
  void sweep() {
    int raised = systemActions.call(agreements::raiseDueReviews);
    if (raised > 0) {
      log.info("Sharing agreements: {} review task(s) raised for the DPO", raised);
    }
  }
}
