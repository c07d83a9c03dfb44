package org.inforights.casework.sar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.inforights.casework.casefile.CaseDate;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;

/** The body of {@code POST /api/sars}. A missing received date means today. */
@ConsistentSarRequest
record NewSarRequest(
    @CaseDate LocalDate receivedOn,
    @NotNull Channel channel,
    @NotNull @Valid Requester requester,
    @NotNull @Valid Subject subject,
    @Size(max = 4000) String description) {

  record Requester(
      @NotBlank @Size(max = 200) String name,
      @Email @Size(max = 320) String email,
      @NotNull Relationship relationship) {}

  record Subject(
      @NotBlank @Size(max = 200) String name,
      @NotNull @CaseDate(earliest = "1900-01-01") LocalDate dateOfBirth,
      @NotNull Cohort cohort) {}
}
