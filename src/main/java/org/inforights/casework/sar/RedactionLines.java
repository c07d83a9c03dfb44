package org.inforights.casework.sar;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.inforights.casework.casefile.CaseFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The redaction log's lines for other features: the case workspace shows them (and the exemptions
 * a new line may rest on), the response pack links each mark on a page to the line that justifies
 * it and lists the line's exemption in its schedule.
 */
@Service
public class RedactionLines {

  /** One line of a case's redaction log, as read outside the log itself. */
  public record Line(
      long id,
      String caseReference,
      String location,
      Exemption exemption,
      String statutoryReference,
      String reasoning,
      boolean consentSought,
      String recordedBy,
      Instant recordedAt,
      // a third party's line: who they are and what became of asking for consent (Sch 2 Pt 3 para 16(3))
      String thirdPartyRole,
      String consentOutcome) {

    static Line of(Redaction redaction, String caseReference) {
      return new Line(
          redaction.id(),
          caseReference,
          redaction.location(),
          redaction.exemption(),
          redaction.exemption().statutoryReference(),
          redaction.reasoning(),
          redaction.consentSought(),
          redaction.recordedBy(),
          redaction.recordedAt(),
          redaction.thirdPartyRole() == null ? null : redaction.thirdPartyRole().name(),
          redaction.consentOutcome() == null ? null : redaction.consentOutcome().name());
    }
  }

  /**
   * An exemption to choose from, with its statutory reference, a short title, and whether it
   * applies only to a request by a person with parental responsibility for a child.
   */
  public record ExemptionChoice(
      String code, String statutoryReference, String title, boolean parentalResponsibilityRequestOnly) {

    static ExemptionChoice of(Exemption exemption) {
      return new ExemptionChoice(
          exemption.name(), exemption.statutoryReference(), exemption.title(),
          exemption.parentalResponsibilityRequestOnly());
    }
  }

  private final RedactionRepository redactions;
  private final ParentalResponsibilityRequest parentalResponsibility;

  RedactionLines(RedactionRepository redactions, ParentalResponsibilityRequest parentalResponsibility) {
    this.redactions = redactions;
    this.parentalResponsibility = parentalResponsibility;
  }

  /** The case's lines, oldest first. */
  @Transactional(readOnly = true)
  public List<Line> of(String caseReference) {
    return redactions.findByCaseReferenceOrderByRecordedAtAscIdAsc(caseReference).stream()
        .map(redaction -> Line.of(redaction, caseReference))
        .toList();
  }

  /** The line with this id if it belongs to this case; another case's line is not found. */
  @Transactional(readOnly = true)
  public Optional<Line> find(String caseReference, long id) {
    return of(caseReference).stream().filter(line -> line.id() == id).findFirst();
  }

  /** Every exemption a new line may rest on in some case, with its statutory reference. */
  public static List<ExemptionChoice> exemptions() {
    return Arrays.stream(Exemption.values()).filter(Exemption::offered).map(ExemptionChoice::of).toList();
  }

  /**
   * The exemptions a new line of this case may rest on: the parental-responsibility paragraphs
   * only when a person with parental responsibility for a child made the request.
   */
  @Transactional(readOnly = true)
  public List<ExemptionChoice> exemptionsFor(CaseFile file) {
    boolean byParentalResponsibility = parentalResponsibility.of(file);
    return Arrays.stream(Exemption.values())
        .filter(Exemption::offered)
        .filter(exemption -> byParentalResponsibility || !exemption.parentalResponsibilityRequestOnly())
        .map(ExemptionChoice::of)
        .toList();
  }
}
