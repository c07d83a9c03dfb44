package org.inforights.casework.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published list of approved disclosures, like the DfE's list of national pupil database
 * requests: when, to whom, why, on what legal basis, which kinds of data about how many children,
 * and the decision. Built only from fields that cannot name a child: the purpose is the one an
 * officer wrote for publication (checked against the children's names), never the requester's.
 */
@Component
class DisclosureRegister {

  private final DisclosureRequestRepository requests;

  DisclosureRegister(DisclosureRequestRepository requests) {
    this.requests = requests;
  }

  /** One approved disclosure. */
  record Entry(
      String reference,
      LocalDate disclosedOn,
      String recipientOrganisation,
      RequesterType recipientType,
      String purpose,
      String legalBasis,
      Set<DataCategory> dataCategories,
      int numberOfChildren,
      DisclosureRequest.Decision decision) {}

  @Transactional(readOnly = true)
  List<Entry> entries() {
    return requests.findDisclosed().stream()
        .map(
            request ->
                new Entry(
                    request.caseReference(),
                    request.disclosedOn(),
                    request.organisation(),
                    request.requesterType(),
                    request.publishedPurpose(),
                    request.legalBasis().label(),
                    request.dataCategories(),
                    request.numberOfChildren(),
                    request.decision()))
        .toList();
  }
}
