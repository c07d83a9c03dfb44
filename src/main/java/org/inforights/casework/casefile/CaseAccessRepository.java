package org.inforights.casework.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The views of a case file, oldest first. */
interface CaseAccessRepository extends JpaRepository<CaseAccess, Long> {

  List<CaseAccess> findByCaseReferenceOrderByViewedAtAscIdAsc(String caseReference);
}
