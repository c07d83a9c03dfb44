package org.inforights.casework.response;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The marks on a case's documents, in the order they were drawn. */
interface RedactionMarkRepository extends JpaRepository<RedactionMark, Long> {

  List<RedactionMark> findByCaseReferenceAndDocumentIdOrderByIdAsc(String caseReference, long documentId);

  List<RedactionMark> findByCaseReferenceOrderByIdAsc(String caseReference);

  Optional<RedactionMark> findByIdAndCaseReferenceAndDocumentId(Long id, String caseReference, long documentId);
}
