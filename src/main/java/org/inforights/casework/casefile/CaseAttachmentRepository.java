package org.inforights.casework.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Documents of a case, oldest first; their content is loaded only when asked for. */
interface CaseAttachmentRepository extends JpaRepository<CaseAttachment, Long> {

  List<CaseAttachment> findByCaseIdOrderByUploadedAtAscIdAsc(Long caseId);

  Optional<CaseAttachment> findByIdAndCaseId(Long id, Long caseId);
}
