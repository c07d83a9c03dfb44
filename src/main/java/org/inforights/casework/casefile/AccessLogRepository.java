package org.inforights.casework.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The views of a case file, oldest first. */
interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {

  List<AccessLogEntry> findByCaseReferenceOrderByViewedAtAscIdAsc(String caseReference);
}
