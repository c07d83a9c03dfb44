package org.inforights.casework.casefile;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each class of closed record keeps its personal data; the council's retention schedule
 * sets every period (docs/decisions.md, "Retention by record class").
 *
 * @param closedCases every closed case, counted from the day it closed: six years by default
 * @param sar a subject access request about a child
 * @param disclosureLog a third party's request for children's data, with its decision record
 */
@ConfigurationProperties("casework.retention")
public record RetentionProperties(
    @DefaultValue("P6Y") Period closedCases,
    @DefaultValue Sar sar,
    @DefaultValue DisclosureLog disclosureLog) {

  /**
   * @param untilChildAged a request about a child is kept at least until the child reaches this
   *     age (counted from their date of birth): the 25th birthday by default
   */
  public record Sar(@DefaultValue("P25Y") Period untilChildAged) {}

  /**
   * @param fromChildsBirth a disclosure is kept as long as the care record it drew on, counted from
   *     the birth of the youngest child it named: 75 years by default, the life of a looked-after
   *     child's case record; unset, only {@code closedCases} applies
   */
  public record DisclosureLog(@DefaultValue("P75Y") Period fromChildsBirth) {}

  public RetentionProperties {
    require(closedCases, "casework.retention.closed-cases");
    require(sar.untilChildAged(), "casework.retention.sar.until-child-aged");
    if (disclosureLog.fromChildsBirth() != null) {
      require(disclosureLog.fromChildsBirth(), "casework.retention.disclosure-log.from-childs-birth");
    }
  }

  private static void require(Period period, String key) {
    if (period == null || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(key + " must be a positive period (e.g. P6Y)");
    }
  }
}
