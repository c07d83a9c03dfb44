package org.inforights.casework.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the standing agreements a children's services department typically has — the
 * DfE's statutory returns, the police's routine child-protection enquiries and the multi-agency
 * safeguarding hub (MASH). The MASH agreement's review date has passed, so the DPO's review task is
 * in Tasklist from the first sweep.
 */
@Component
@Order(1)
@ConditionalOnExpression("${casework.demo.enabled:false} and ${casework.demo.cases:true}")
class DemoSharingAgreements implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSharingAgreements.class);

  private final SharingAgreementRepository agreements;
  private final SharingAgreements service;
  private final org.inforights.casework.platform.SystemActions systemActions;
  private final Clock clock;

  DemoSharingAgreements(
      SharingAgreementRepository agreements,
      SharingAgreements service,
      org.inforights.casework.platform.SystemActions systemActions,
      Clock clock) {
    this.agreements = agreements;
    this.service = service;
    this.systemActions = systemActions;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (agreements.count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    save(new SharingAgreementTerms(
        "DfE statutory returns (children in need, children looked after)",
        "The council; Department for Education", RequesterType.DFE,
        "The children in need census and the SSDA903 return on children looked after",
        "Child-level census items as the DfE's return specification lists them",
        LegalBasis.STATUTORY_DUTY, "Children Act 1989 s83; the returns' directions",
        today.minusYears(1), today.plusMonths(10)));
    save(new SharingAgreementTerms(
        "Police routine child-protection enquiries",
        "The council; Example Constabulary (public protection unit)", RequesterType.POLICE,
        "Checks during child-protection enquiries and strategy discussions (Children Act 1989 s47)",
        "Whether a child is known, the allocated team, plan status and dates",
        LegalBasis.SAFEGUARDING, "Working Together to Safeguard Children; DPA 2018 Sch 1 para 18",
        today.minusMonths(8), today.plusMonths(4)));
    save(new SharingAgreementTerms(
        "Multi-agency safeguarding hub (MASH)",
        "The council; Example Constabulary; Example NHS Trust; Example schools", RequesterType.OTHER,
        "Deciding the response to a referral about a child's safety",
        "Referral details and what each agency holds about the child and household",
        LegalBasis.SAFEGUARDING, "Children Act 2004 s11; DPA 2018 Sch 1 para 18",
        today.minusYears(2), today.minusDays(1)));
    int raised = systemActions.call(service::raiseDueReviews);
    log.info("Demo profile: 3 sharing agreements; {} review task(s) for the DPO", raised);
  }

  private void save(SharingAgreementTerms terms) {
    agreements.save(new SharingAgreement(terms, "demo", clock.instant()));
  }
}
