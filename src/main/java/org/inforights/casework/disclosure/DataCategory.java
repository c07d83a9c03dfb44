package org.inforights.casework.disclosure;

/** Kinds of data a request asks for, as the register lists them. */
public enum DataCategory {
  IDENTITY_AND_CONTACT,
  EDUCATION,
  SOCIAL_CARE,
  HEALTH,
  FAMILY_AND_RELATIONSHIPS,
  CRIMINAL_OFFENCES,
  SPECIAL_CATEGORY,
  OTHER
}
