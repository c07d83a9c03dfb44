package org.inforights.casework.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Notes of a case, oldest first. */
interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

  List<CaseNote> findByCaseIdOrderByWrittenAtAscIdAsc(Long caseId);

  long countByCaseId(Long caseId);
}
