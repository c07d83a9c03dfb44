package org.inforights.casework.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The last day a closed case keeps its personal data, by its class of record:
 *
 * <ul>
 *   <li>every closed case: {@code closed-cases} from the day it closed (six years);
 *   <li>a subject access request about a child: also until the child's 25th birthday
 *       ({@code sar.until-child-aged}), whichever is later, so a young person asking again or
 *       complaining as an adult finds the earlier answer;
 *   <li>a disclosure (its decision record): also as long as the care record it drew on, counted
 *       from the birth of the youngest child it named ({@code disclosure-log.from-childs-birth},
 *       75 years: a looked-after child's case record, Care Planning, Placement and Case Review
 *       (England) Regulations 2010 reg 50).
 * </ul>
 *
 * UK GDPR Art 5(1)(e) (kept no longer than necessary) is met by a schedule the council sets and
 * can show; an unknown date of birth leaves only the period from closing.
 */
@Component
public class RetentionSchedule {

  private final RetentionProperties properties;

  RetentionSchedule(RetentionProperties properties) {
    this.properties = properties;
  }

  /** The last day the case keeps its personal data; the day after, the sweep erases it. */
  public LocalDate keptUntil(CaseType type, LocalDate closedOn, Collection<LocalDate> childrenBorn) {
    LocalDate kept = closedOn.plus(properties.closedCases());
    LocalDate youngest = childrenBorn.stream().filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    if (youngest == null) {
      return kept;
    }
    LocalDate byChild =
        switch (type) {
          case SAR -> youngest.plus(properties.sar().untilChildAged());
          case DISCLOSURE ->
              properties.disclosureLog().fromChildsBirth() == null
                  ? null
                  : youngest.plus(properties.disclosureLog().fromChildsBirth());
        };
    return byChild != null && byChild.isAfter(kept) ? byChild : kept;
  }

  /** The earliest closing day whose cases may be due today: no class keeps a case less long. */
  LocalDate closedOnOrBefore(LocalDate today) {
    return today.minus(properties.closedCases()).minusDays(1);
  }
}
