package org.inforights.casework.sar;

/**
 * The health professionals of DPA 2018 s.204(1) whose opinion Sch 3 Pt 2 asks for, grouped as an
 * officer recognises them: the appropriate one is the professional currently or most recently
 * responsible for the child's diagnosis, care or treatment in the matters the data is about, or, if
 * none is available, one with the experience and qualifications to give the opinion (para 2(1)).
 */
public enum HealthProfession {
  /** A registered medical practitioner: GP, paediatrician, psychiatrist. */
  MEDICAL_PRACTITIONER,
  /** A registered nurse, midwife or health visitor. */
  NURSE_OR_MIDWIFE,
  /** A registered dentist. */
  DENTIST,
  /** A practitioner registered with the HCPC: psychologist, speech and language therapist, occupational therapist. */
  HCPC_REGISTERED,
  /** A child psychotherapist. */
  CHILD_PSYCHOTHERAPIST,
  /** Another health professional of s.204(1): pharmacist, optician, osteopath, chiropractor. */
  OTHER_REGISTERED
}
