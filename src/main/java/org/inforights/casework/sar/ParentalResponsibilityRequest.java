package org.inforights.casework.sar;

import java.time.LocalDate;
import java.time.Period;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.Relationship;

/**
 * Whether a request is one the "expectations and wishes" and child abuse exemptions can answer:
 * made by a person with parental responsibility for a data subject aged under 18 (DPA 2018 Sch 3
 * Pt 2 para 4(1)(a), Pt 3 para 10(1)(a), Pt 5 para 21(1)(a)). The case file records the requester as
 * a parent or guardian, the people who hold it (Children Act 1989 ss.2-5); a child asking about
 * themselves, a care leaver, a representative or a teacher does not, whatever the child's age.
 */
final class ParentalResponsibilityRequest {

  private static final Period ADULTHOOD = Period.ofYears(18);

  private ParentalResponsibilityRequest() {}

  static boolean of(CaseFile file) {
    Relationship relationship = file.requester() == null ? null : file.requester().relationship();
    if (relationship != Relationship.PARENT && relationship != Relationship.GUARDIAN) {
      return false;
    }
    LocalDate born = file.subject() == null ? null : file.subject().dateOfBirth();
    // the age on the day the request was made; an unknown date of birth leaves the question open
    return born == null || born.plus(ADULTHOOD).isAfter(file.receivedOn());
  }
}
