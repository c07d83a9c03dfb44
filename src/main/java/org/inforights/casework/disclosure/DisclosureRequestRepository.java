package org.inforights.casework.disclosure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisclosureRequestRepository extends JpaRepository<DisclosureRequest, Long> {

  /** A query string, translated once (see {@code CaseFileRepository.findByReference}). */
  @Query("select r from DisclosureRequest r where r.caseReference = :caseReference")
  Optional<DisclosureRequest> findByCaseReference(@Param("caseReference") String caseReference);

  /** Approved disclosures, oldest first: the register. */
  @Query(
      "select r from DisclosureRequest r where r.disclosedOn is not null and r.decision in"
          + " (org.inforights.casework.disclosure.DisclosureRequest.Decision.APPROVED,"
          + " org.inforights.casework.disclosure.DisclosureRequest.Decision.APPROVED_WITH_CONDITIONS)"
          + " order by r.disclosedOn, r.caseReference")
  List<DisclosureRequest> findDisclosed();

  /** Every request with a final decision, approved or refused, oldest decision first: the DPO's register. */
  @Query("select r from DisclosureRequest r where r.decision is not null order by r.decidedOn, r.caseReference")
  List<DisclosureRequest> findDecided();
}
