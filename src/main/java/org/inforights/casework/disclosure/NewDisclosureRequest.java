package org.inforights.casework.disclosure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.inforights.casework.casefile.CaseDate;

/**
 * The body of {@code POST /api/disclosure-requests}, and what the Tasklist start form is read into.
 * A missing received date means today. Children are named for one or several children (so that
 * open SARs about them are found); a bulk request gives only their number. A request made under a
 * standing sharing agreement names it ({@code sharingAgreementId}).
 */
@ConsistentDisclosureRequest
record NewDisclosureRequest(
    @CaseDate LocalDate receivedOn,
    @NotNull @Valid Requester requester,
    @NotNull LegalBasis legalBasis,
    @Size(max = 1000) String legalBasisDetail,
    @NotBlank @Size(max = 2000) String purpose,
    @NotBlank @Size(max = 2000) String dataRequested,
    @NotEmpty Set<@NotNull DataCategory> dataCategories,
    @NotNull ChildrenScope childrenScope,
    @Size(max = MAX_NAMED_CHILDREN) List<@NotNull @Valid ChildDetails> children,
    @Min(1) @Max(10_000_000) Integer numberOfChildren,
    @NotNull Sensitivity sensitivity,
    @NotBlank @Size(max = 2000) String securityArrangements,
    @NotBlank @Size(max = 2000) String retentionArrangements,
    @NotNull Urgency urgency,
    Long sharingAgreementId,
    // a compelled disclosure (court order, coroner's notice, Cafcass): the day the order must be
    // complied with, which is the case's target, and the order's own reference
    LocalDate complyBy,
    @Size(max = 200) String orderReference) {

  static final int MAX_NAMED_CHILDREN = 50;

  /** A request made under no sharing agreement. */
  NewDisclosureRequest(
      LocalDate receivedOn,
      Requester requester,
      LegalBasis legalBasis,
      String legalBasisDetail,
      String purpose,
      String dataRequested,
      Set<DataCategory> dataCategories,
      ChildrenScope childrenScope,
      List<ChildDetails> children,
      Integer numberOfChildren,
      Sensitivity sensitivity,
      String securityArrangements,
      String retentionArrangements,
      Urgency urgency) {
    this(receivedOn, requester, legalBasis, legalBasisDetail, purpose, dataRequested, dataCategories, childrenScope,
        children, numberOfChildren, sensitivity, securityArrangements, retentionArrangements, urgency, null, null, null);
  }

  /** The organisation and officer asking, and for the police the officer who signed it off. */
  record Requester(
      @NotNull RequesterType type,
      @NotBlank @Size(max = 200) String organisation,
      @NotBlank @Size(max = 200) String officerName,
      @NotBlank @Size(max = 200) String role,
      @NotBlank @Email @Size(max = 320) String email,
      @Size(max = 200) String authorisingOfficerName,
      PoliceRank authorisingOfficerRank) {}

  /** A child the request names. */
  record ChildDetails(
      @NotBlank @Size(max = 200) String name,
      @NotNull @CaseDate(earliest = "1990-01-01") LocalDate dateOfBirth) {}

  /** How many children the request concerns: those named, or the number a bulk request gives. */
  int childCount() {
    return childrenScope == ChildrenScope.BULK || children == null || children.isEmpty()
        ? (numberOfChildren == null ? 0 : numberOfChildren)
        : children.size();
  }
}
