package org.inforights.casework.sar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.inforights.casework.casefile.CaseDate;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;

/**
 * The body of {@code POST /api/sars}. A missing received date means today. A request passed on by a
 * school's designated teacher or by the child's social worker is still the child's or the parent's:
 * they are the requester, the channel says how it came, and who passed it on is the optional
 * {@code intermediary}, never the requester.
 */
@ConsistentSarRequest
record NewSarRequest(
    @CaseDate LocalDate receivedOn,
    @NotNull Channel channel,
    @NotNull @Valid Requester requester,
    @NotNull @Valid Subject subject,
    @Size(max = 4000) String description,
    @Valid Intermediary intermediary,
    // names the subject was known by before (a care leaver's birth or foster name): searched too
    @Size(max = 10) List<@NotBlank @Size(max = 200) String> formerNames) {

  NewSarRequest(
      LocalDate receivedOn, Channel channel, Requester requester, Subject subject, String description,
      Intermediary intermediary) {
    this(receivedOn, channel, requester, subject, description, intermediary, null);
  }

  /** A request that came directly from the requester. */
  NewSarRequest(LocalDate receivedOn, Channel channel, Requester requester, Subject subject, String description) {
    this(receivedOn, channel, requester, subject, description, null);
  }

  /**
   * The day the council received the request, from which the clock runs (UK GDPR Art 12(3), Art 12A):
   * a request given to the child's social worker, the council's own staff, was received by the
   * council that day, whenever it reached the information governance team; a school is not the
   * council, so a request passed on by a designated teacher is received when it reaches the council.
   * Null means today.
   */
  LocalDate receivedByCouncilOn() {
    if (channel == Channel.SOCIAL_WORKER && intermediary != null && intermediary.receivedOn() != null) {
      return intermediary.receivedOn();
    }
    return receivedOn;
  }

  /**
   * Who passed the request on: the designated teacher (and school) or the social worker (and team),
   * how to reach them, and the day they received it from the requester. Letters never go to them.
   */
  record Intermediary(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 200) String organisation,
      @Email @Size(max = 320) String email,
      @CaseDate LocalDate receivedOn) {}

  record Requester(
      @NotBlank @Size(max = 200) String name,
      @Email @Size(max = 320) String email,
      @NotNull Relationship relationship) {}

  record Subject(
      @NotBlank @Size(max = 200) String name,
      @NotNull @CaseDate(earliest = "1900-01-01") LocalDate dateOfBirth,
      @NotNull Cohort cohort) {}
}
