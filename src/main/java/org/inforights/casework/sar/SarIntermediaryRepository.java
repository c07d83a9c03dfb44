package org.inforights.casework.sar;

import org.springframework.data.jpa.repository.JpaRepository;

interface SarIntermediaryRepository extends JpaRepository<SarIntermediary, String> {}
