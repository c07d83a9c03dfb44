package org.inforights.casework.delivery;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** A case's pack approvals, latest first; at most one is in force. */
interface PackApprovalRepository extends JpaRepository<PackApproval, Long> {

  List<PackApproval> findByCaseReferenceOrderByApprovedAtDescIdDesc(String caseReference);

  Optional<PackApproval> findFirstByCaseReferenceAndWithdrawnAtIsNullOrderByIdDesc(String caseReference);

  void deleteByCaseReference(String caseReference);
}
