package org.inforights.casework.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Documents of a case, oldest first; their content is read only for a download. */
interface CaseAttachmentRepository extends JpaRepository<CaseAttachment, Long> {

  /** Summaries only: the content (up to 20 MB each) is not read for a list. */
  @Query(
      "select new org.inforights.casework.casefile.DocumentSummary("
          + "a.id, a.kind, a.fileName, a.contentType, a.sizeBytes, a.uploadedBy, a.uploadedAt)"
          + " from CaseAttachment a where a.caseId = :caseId order by a.uploadedAt, a.id")
  List<DocumentSummary> summaries(@Param("caseId") Long caseId);

  Optional<CaseAttachment> findByIdAndCaseId(Long id, Long caseId);
}
