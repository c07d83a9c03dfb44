package org.inforights.casework.response;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Redacted copies kept with a case. */
interface RedactedCopyRepository extends JpaRepository<RedactedCopy, Long> {

  Optional<RedactedCopy> findByIdAndCaseReference(Long id, String caseReference);
}
