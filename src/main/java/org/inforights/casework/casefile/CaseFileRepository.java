package org.inforights.casework.casefile;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The case files, found by their reference. */
public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

  Optional<CaseFile> findByReference(String reference);
}
