package org.inforights.casework.sar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The redaction log's lines, oldest first. */
interface RedactionRepository extends JpaRepository<Redaction, Long> {

  List<Redaction> findByCaseReferenceOrderByRecordedAtAscIdAsc(String caseReference);
}
