package org.inforights.casework.sar;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChildAuthorityRepository extends JpaRepository<ChildAuthority, String> {}
