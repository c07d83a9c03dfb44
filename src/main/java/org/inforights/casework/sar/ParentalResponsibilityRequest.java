package org.inforights.casework.sar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.Relationship;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a request is one the "expectations and wishes" and child abuse exemptions can answer:
 * made by a person with parental responsibility for a data subject aged under 18 (DPA 2018 Sch 3
 * Pt 2 para 4(1)(a), Pt 3 para 10(1)(a), Pt 5 para 21(1)(a)). Once the officer has verified the
 * request, the parental responsibility recorded then decides (Children Act 1989 ss.2-5, 12, 14C;
 * a birth parent after adoption holds none): a carer with a child arrangements order or a special
 * guardian holds it, a parent recorded as holding none does not. Before that, the case file's
 * relationship stands in for it: a parent or guardian; a child asking about themselves, a care
 * leaver, a representative or a teacher never, whatever the child's age.
 */
@Component
class ParentalResponsibilityRequest {

  private static final Period ADULTHOOD = Period.ofYears(18);

  private final ChildAuthorityRepository authorities;

  ParentalResponsibilityRequest(ChildAuthorityRepository authorities) {
    this.authorities = authorities;
  }

  @Transactional(readOnly = true)
  boolean of(CaseFile file) {
    Relationship relationship = file.requester() == null ? null : file.requester().relationship();
    if (relationship == Relationship.SELF || !underAdulthood(file)) {
      return false;
    }
    Optional<ParentalResponsibilityBasis> recorded =
        authorities.findById(file.reference()).map(ChildAuthority::basis);
    if (recorded.isPresent()) {
      return recorded.get() != ParentalResponsibilityBasis.NONE;
    }
    return relationship == Relationship.PARENT || relationship == Relationship.GUARDIAN;
  }

  private static boolean underAdulthood(CaseFile file) {
    LocalDate born = file.subject() == null ? null : file.subject().dateOfBirth();
    // the age on the day the request was made; an unknown date of birth leaves the question open
    return born == null || born.plus(ADULTHOOD).isAfter(file.receivedOn());
  }
}
