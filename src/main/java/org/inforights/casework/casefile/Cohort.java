package org.inforights.casework.casefile;

/** The child's relationship with children's services. */
public enum Cohort {
  CHILD_IN_NEED,
  LOOKED_AFTER,
  CARE_LEAVER,
  OTHER
}
