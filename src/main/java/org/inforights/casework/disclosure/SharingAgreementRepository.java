package org.inforights.casework.disclosure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SharingAgreementRepository extends JpaRepository<SharingAgreement, Long> {

  /** Every agreement, current ones first, then by title. */
  @Query("select a from SharingAgreement a order by case when a.endedOn is null then 0 else 1 end, a.title, a.id")
  List<SharingAgreement> findAllForListing();

  /** Current agreements whose review date has come (the sweep filters those already raised). */
  @Query("select a from SharingAgreement a where a.endedOn is null and a.reviewOn <= :today and a.reviewRaisedOn is null")
  List<SharingAgreement> findReviewDue(@org.springframework.data.repository.query.Param("today") java.time.LocalDate today);
}
