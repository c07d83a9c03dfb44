package org.inforights.casework.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The letters sent about a case, oldest first. */
interface CaseLetterRepository extends JpaRepository<CaseLetter, Long> {

  List<CaseLetter> findByCaseIdOrderBySentAtAscIdAsc(Long caseId);
}
