package org.inforights.casework.sar;

/**
 * How the council, which is not a health professional, may release data concerning health in
 * answer to a subject access request (DPA 2018 Sch 3 Pt 2 para 6): it has an opinion of the
 * appropriate health professional, given within the last six months and not needing to be asked
 * again (para 6(1)(a), (2), (3)) — one it obtained now, or one obtained for an earlier request about the
 * same child — or it is satisfied that the child has already seen, or knows, the information
 * (para 6(1)(b)).
 */
public enum HealthDataRoute {
  /** The appropriate health professional gave an opinion for this request. */
  NEW_OPINION,
  /** An opinion about the same child, obtained for another request within the last six months. */
  EARLIER_OPINION,
  /** The child (the data subject) has already seen, or knows, the information. */
  ALREADY_SEEN
}
