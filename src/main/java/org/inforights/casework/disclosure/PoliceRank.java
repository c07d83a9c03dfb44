package org.inforights.casework.disclosure;

/** Police ranks in order of seniority, for the sign-off a police request needs. */
public enum PoliceRank {
  CONSTABLE,
  SERGEANT,
  INSPECTOR,
  CHIEF_INSPECTOR,
  SUPERINTENDENT,
  CHIEF_SUPERINTENDENT,
  ASSISTANT_CHIEF_CONSTABLE,
  DEPUTY_CHIEF_CONSTABLE,
  CHIEF_CONSTABLE;

  /** Inspector or above: the rank whose sign-off a police request for children's data needs. */
  public boolean canSignOff() {
    return compareTo(INSPECTOR) >= 0;
  }
}
