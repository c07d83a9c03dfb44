package org.inforights.casework.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of disclosures, like the DfE's list of national pupil database requests: to whom, why,
 * on what legal basis, which kinds of data about how many children, and the decision. Built only
 * from fields that cannot name a child: the purpose is the one an officer wrote for publication
 * (checked against the children's names), never the requester's.
 *
 * <p>The published register must not identify a child (UK GDPR Art 5(1)(f); the ICO's data
 * sharing code, "Data sharing and children": children merit specific protection, UK GDPR recital
 * 38) nor tell anyone of a police investigation (DPA 2018 Sch 2 Pt 1 para 2: the council need not
 * be transparent about a disclosure for the prevention or detection of crime to the extent that
 * transparency would be likely to prejudice it). So it gives the month a disclosure went out, not
 * the day; a number of children below {@code casework.disclosure.register.suppress-below} shows as
 * {@code "<N"}, as DfE and ONS suppress small counts of children; and a police or crime disclosure
 * appears only {@code crime-hold-back-months} after it went out. No totals are published, so no
 * suppressed number can be worked back out of them.
 *
 * <p>The internal register, the DPO's record of every decision (UK GDPR Art 5(2) and 30; the code's
 * "Accountability" and "Data sharing agreements" chapters expect a record of each one-off decision),
 * has refusals too, day dates, exact numbers, when each entry is, or will be, published, and the
 * council's own lawful basis (UK GDPR Art 6) and special data condition (Art 9/10, DPA 2018 Sch 1).
 */
@Component
class DisclosureRegister {

  private final DisclosureRequestRepository requests;
  private final DisclosureProperties.Register rules;
  private final Clock clock;

  DisclosureRegister(DisclosureRequestRepository requests, DisclosureProperties properties, Clock clock) {
    this.requests = requests;
    this.rules = properties.register();
    this.clock = clock;
  }

  /** One approved disclosure as the public sees it. */
  record Entry(
      String reference,
      YearMonth disclosedIn,
      String recipientOrganisation,
      RequesterType recipientType,
      String purpose,
      String legalBasis,
      Set<DataCategory> dataCategories,
      String numberOfChildren,
      DisclosureRequest.Decision decision) {}

  /** One decided request as the DPO sees it: day dates, exact numbers, refusals too. */
  record InternalEntry(
      String reference,
      LocalDate decidedOn,
      LocalDate disclosedOn,
      LocalDate publishedFrom,
      String recipientOrganisation,
      RequesterType recipientType,
      String purpose,
      String legalBasis,
      Set<DataCategory> dataCategories,
      int numberOfChildren,
      DisclosureRequest.Decision decision,
      String councilLawfulBasis,
      String specialCondition,
      Boolean familyTold) {}

  /** Approved disclosures the public may see today, oldest first. */
  @Transactional(readOnly = true)
  List<Entry> entries() {
    LocalDate today = LocalDate.now(clock);
    return requests.findDisclosed().stream()
        .filter(request -> !publishedFrom(request).isAfter(today))
        .map(
            request ->
                new Entry(
                    request.caseReference(),
                    YearMonth.from(request.disclosedOn()),
                    request.organisation(),
                    request.requesterType(),
                    request.publishedPurpose(),
                    request.legalBasis().label(),
                    request.dataCategories(),
                    numberOfChildren(request.numberOfChildren()),
                    request.decision()))
        .toList();
  }

  /** Every decided request, approved or refused, oldest decision first. */
  @Transactional(readOnly = true)
  List<InternalEntry> internalEntries() {
    return requests.findDecided().stream()
        .map(
            request ->
                new InternalEntry(
                    request.caseReference(),
                    request.decidedOn(),
                    request.disclosedOn(),
                    request.disclosedOn() == null ? null : publishedFrom(request),
                    request.organisation(),
                    request.requesterType(),
                    request.publishedPurpose(),
                    request.legalBasis().label(),
                    request.dataCategories(),
                    request.numberOfChildren(),
                    request.decision(),
                    request.councilLawfulBasis() == null ? null : request.councilLawfulBasis().label(),
                    request.specialCondition() == null ? null : request.specialCondition().label(),
                    request.familyTold()))
        .toList();
  }

  /**
   * The day a disclosure may first be published: the day it went out, or for one to the police or
   * for the prevention or detection of crime, the hold-back period later.
   */
  LocalDate publishedFrom(DisclosureRequest request) {
    return forCrime(request) ? request.disclosedOn().plusMonths(rules.crimeHoldBackMonths()) : request.disclosedOn();
  }

  /** A police request, or any relying on DPA 2018 Sch 2 Pt 1 para 2, may concern an investigation. */
  static boolean forCrime(DisclosureRequest request) {
    return request.requesterType() == RequesterType.POLICE || request.legalBasis() == LegalBasis.CRIME_AND_TAXATION;
  }

  /** The number, or {@code "<N"} below the threshold. */
  String numberOfChildren(int number) {
    return number < rules.suppressBelow() ? "<" + rules.suppressBelow() : Integer.toString(number);
  }
}
