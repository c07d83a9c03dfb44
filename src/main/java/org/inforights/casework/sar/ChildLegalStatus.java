package org.inforights.casework.sar;

/**
 * The order, if any, under which the child is looked after or placed: it decides who else holds
 * parental responsibility and how far a parent may still exercise theirs.
 */
public enum ChildLegalStatus {
  /** No order: the parents hold parental responsibility as the Children Act 1989 s.2 gives it. */
  NO_ORDER,
  /**
   * Accommodated under s.20 with the parents' agreement: they keep parental responsibility in full
   * and may remove the child (s.20(7), (8)); the council acquires none.
   */
  ACCOMMODATED_S20,
  /**
   * A care order (s.31): the council holds parental responsibility (s.33(3)(a)) and may determine
   * the extent to which a parent may meet theirs (s.33(3)(b)).
   */
  CARE_ORDER,
  /**
   * A placement order (Adoption and Children Act 2002 s.21): the council holds parental
   * responsibility and may restrict the parents' exercise of theirs (s.25(3), (4)).
   */
  PLACEMENT_ORDER,
  /** Adopted: the adopters hold parental responsibility; everyone else's ended (ACA 2002 s.46(1), (2)(a)). */
  ADOPTED,
  /**
   * A special guardianship order (s.14A): the special guardian may exercise parental responsibility
   * to the exclusion of any other person with it, apart from another special guardian (s.14C(1)(b)).
   */
  SPECIAL_GUARDIANSHIP
}
