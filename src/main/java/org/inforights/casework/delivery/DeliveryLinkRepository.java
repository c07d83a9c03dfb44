package org.inforights.casework.delivery;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** A case's download links, latest first, and the link a token opens. */
interface DeliveryLinkRepository extends JpaRepository<DeliveryLink, Long> {

  Optional<DeliveryLink> findByTokenSha256(String tokenSha256);

  List<DeliveryLink> findByCaseReferenceOrderByIssuedAtDescIdDesc(String caseReference);

  void deleteByCaseReference(String caseReference);
}
