package org.inforights.casework.sar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A request's searches, oldest first. */
interface SearchRecordRepository extends JpaRepository<SearchRecord, Long> {

  List<SearchRecord> findByCaseReferenceOrderBySearchedOnAscIdAsc(String caseReference);
}
