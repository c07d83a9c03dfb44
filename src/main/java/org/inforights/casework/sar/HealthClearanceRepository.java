package org.inforights.casework.sar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HealthClearanceRepository extends JpaRepository<HealthClearance, Long> {

  List<HealthClearance> findByCaseReferenceOrderByRecordedAtDescIdDesc(String caseReference);

  /** Opinions obtained about a child, the latest first. */
  List<HealthClearance> findByRouteAndChildNameKeyAndChildDateOfBirthOrderByOpinionGivenOnDescIdDesc(
      HealthDataRoute route, String childNameKey, LocalDate childDateOfBirth);
}
