package org.inforights.casework.sar;

/**
 * The circumstances the council must have regard to in deciding whether it is reasonable to
 * disclose a third party's information without their consent (DPA 2018 Sch 2 Pt 3 para 16(3)(a)-(e)).
 */
public enum ConsentFactor {
  /** (a) the type of information that would be disclosed. */
  TYPE_OF_INFORMATION,
  /** (b) any duty of confidentiality owed to the other individual. */
  DUTY_OF_CONFIDENTIALITY,
  /** (c) any steps taken with a view to seeking the other individual's consent. */
  STEPS_TO_SEEK_CONSENT,
  /** (d) whether the other individual is capable of giving consent. */
  CAPABLE_OF_CONSENTING,
  /** (e) any express refusal of consent by the other individual. */
  EXPRESS_REFUSAL
}
