package org.inforights.casework.disclosure;

/** The most sensitive kind of data asked for. A routing fact. */
public enum Sensitivity {
  /** Names, contact details, school, attendance. */
  STANDARD,
  /** Other special category data (ethnicity, religion, sexual life). */
  SPECIAL_CATEGORY,
  /** Social-work records: assessments, case notes, plans. */
  SOCIAL_WORK,
  /** Health data. */
  HEALTH
}
