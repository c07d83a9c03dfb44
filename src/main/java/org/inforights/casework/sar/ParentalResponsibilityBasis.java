package org.inforights.casework.sar;

/**
 * On what basis the person asking on a child's behalf holds parental responsibility (Children Act
 * 1989 s.3: "all the rights, duties, powers, responsibilities and authority which by law a parent
 * of a child has"), or that they hold none. Foster carers, solicitors, advocates, teachers and a
 * birth parent after adoption hold none: they act for a child only with the child's authority, or
 * where that is evidently in the child's best interests.
 */
public enum ParentalResponsibilityBasis {
  /** The child's mother (s.2(1), (2)(b)). */
  BIRTH_MOTHER,
  /** A father married to the mother at the birth or named on the birth register (s.2(1), s.4(1)(a)). */
  FATHER_WITH_PR,
  /** A parental responsibility agreement or order: a father, second female parent or step-parent (s.4, s.4ZA, s.4A). */
  PR_AGREEMENT_OR_ORDER,
  /** Named in a child arrangements order as a person the child lives with (s.12(2)). */
  CHILD_ARRANGEMENTS_ORDER,
  /** A guardian appointed under s.5. */
  GUARDIAN,
  /** A special guardian (s.14C(1)(a)). */
  SPECIAL_GUARDIAN,
  /** An adoptive parent (Adoption and Children Act 2002 s.46(1)). */
  ADOPTIVE_PARENT,
  /** No parental responsibility. */
  NONE;

  /** A parent by birth or a person whose responsibility an adoption order ends (ACA 2002 s.46(2)(a)). */
  boolean endsOnAdoption() {
    return this != ADOPTIVE_PARENT && this != NONE;
  }
}
