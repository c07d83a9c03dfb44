package org.inforights.casework.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.inforights.casework.casefile.CasePart;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.casefile.DocumentSummary;
import org.inforights.casework.disclosure.DisclosureParticulars;
import org.inforights.casework.sar.RedactionLines;

/**
 * Everything about a case that a step's worker may need, as the Tasklist "Case" tab shows it. A part
 * the caller's groups may not see is absent (null), and {@code parts} says which ones are there.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseWorkspace(
    String reference,
    String type,
    String status,
    Set<CasePart> parts,
    Summary summary,
    Clock clock,
    Requester requester,
    Contact requesterContact,
    List<Child> children,
    Request request,
    DisclosureParticulars.Particulars disclosure,
    Contact disclosureContact,
    List<Document> documents,
    List<Note> notes,
    List<RedactionLines.Line> redactions,
    List<RedactionLines.ExemptionChoice> exemptions,
    Authority authority,
    List<LinkedCase> linkedCases,
    List<Letter> letters,
    List<Audit> audit) {

  record Summary(LocalDate receivedOn, LocalDate closedOn, String outcome, LocalDate breachedOn) {}

  /** The clock as the case view computes it today, with the extension's reasons. */
  record Clock(
      LocalDate receivedOn,
      LocalDate clockStartsOn,
      LocalDate dueOn,
      String dueOnExplanation,
      LocalDate extendedDueOn,
      String extendedDueOnExplanation,
      String extensionReason,
      LocalDate extensionDecidedOn,
      int daysPaused,
      Integer targetWorkingDays,
      String deadlineState,
      List<CaseView.ClockStopView> clockStops) {}

  record Requester(String name, String relationship, String channel) {}

  record Contact(String email) {}

  /** A child the case is about; a SAR's subject with the names they were known by before. */
  record Child(String name, LocalDate dateOfBirth, String cohort, List<String> formerNames) {}

  record Request(String description) {}

  record Document(
      long id, String kind, String fileName, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt,
      String downloadUrl) {

    static Document of(String reference, DocumentSummary summary) {
      return new Document(
          summary.id(), summary.kind().name(), summary.fileName(), summary.contentType(), summary.sizeBytes(),
          summary.uploadedBy(), summary.uploadedAt(), "/api/cases/" + reference + "/attachments/" + summary.id());
    }
  }

  record Note(long id, String author, Instant writtenAt, String text) {}

  /** Another case about the same child: linked at intake, or an earlier request. */
  record LinkedCase(String reference, String type, String status, LocalDate receivedOn, boolean linked) {}

  /** A letter sent about the case, with its subject and text as sent (null if sent before texts were kept). */
  record Letter(String letter, Instant sentAt, String sentBy, String subject, String text) {}

  /**
   * A SAR's authority record: who passed the request on, parental responsibility and the child's
   * competence, the health-data clearances and an opinion about the same child still valid today.
   */
  record Authority(
      org.inforights.casework.sar.SarIntake.IntermediaryView intermediary,
      org.inforights.casework.sar.ChildAuthorities.View child,
      List<org.inforights.casework.sar.HealthClearances.View> healthData,
      org.inforights.casework.sar.HealthClearances.View earlierHealthOpinion) {}

  record Audit(Instant occurredAt, String actor, String action, String detail) {}
}
