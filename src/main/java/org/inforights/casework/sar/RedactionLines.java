package org.inforights.casework.sar;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A response's redaction log for the case workspace, and the exemptions a line may rest on. */
@Service
public class RedactionLines {

  /** One line of the log. */
  public record Line(
      long id,
      String location,
      String exemption,
      String statutoryReference,
      String reasoning,
      boolean consentSought,
      String recordedBy,
      Instant recordedAt) {}

  /** An exemption to choose from, with its statutory reference. */
  public record ExemptionChoice(String code, String statutoryReference) {}

  private final RedactionRepository redactions;

  RedactionLines(RedactionRepository redactions) {
    this.redactions = redactions;
  }

  @Transactional(readOnly = true)
  public List<Line> of(String reference) {
    return redactions.findByCaseReferenceOrderByRecordedAtAscIdAsc(reference).stream()
        .map(r -> new Line(r.id(), r.location(), r.exemption().name(), r.exemption().statutoryReference(), r.reasoning(),
            r.consentSought(), r.recordedBy(), r.recordedAt()))
        .toList();
  }

  public static List<ExemptionChoice> exemptions() {
    return Arrays.stream(Exemption.values())
        .map(exemption -> new ExemptionChoice(exemption.name(), exemption.statutoryReference()))
        .toList();
  }
}
