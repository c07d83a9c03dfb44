package org.inforights.casework.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/sharing-agreements} and {@code PUT /api/sharing-agreements/{id}}: what
 * the ICO's data sharing code ("Data sharing agreements") says an agreement sets out — the parties,
 * the purpose, the data shared, the lawful basis — and when it is next reviewed.
 */
record SharingAgreementTerms(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 1000) String parties,
    @NotNull RequesterType partnerType,
    @NotBlank @Size(max = 2000) String purpose,
    @NotBlank @Size(max = 2000) String dataShared,
    @NotNull LegalBasis lawfulBasis,
    @Size(max = 1000) String lawfulBasisDetail,
    @NotNull LocalDate startsOn,
    @NotNull LocalDate reviewOn) {}
