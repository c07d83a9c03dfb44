package org.inforights.casework.sar;

import org.inforights.casework.platform.modelrules.GatewayValues;

/**
 * Whether the person asking may have a child's information on the child's behalf. The right of
 * access is the child's (UK GDPR Art 15), whatever their age; in England and Wales there is no age
 * presumption (DPA 2018 s.208 presumes competence from 12 in Scotland only), so the child's
 * understanding is assessed for every request made for them. The ICO's guidance ("What rights do
 * children have?"; right of access, "What about requests for information about children?"): a
 * competent child's rights are exercised by someone else only with the child's authority, or where
 * it is evident that this is in the child's best interests; a parent exercises the rights of a child
 * who cannot understand them.
 */
@GatewayValues(process = "subject-access-request", variable = "competenceOutcome", legacy = "CHILD_REFUSES")
public enum CompetenceOutcome {
  /**
   * The child cannot yet understand their rights: a person with parental responsibility they may use
   * acts for them, or another person where that is evidently in the child's best interests.
   */
  CHILD_NOT_COMPETENT,
  /** The child is competent and authorises the requester. */
  CHILD_AUTHORISES,
  /** The child is competent and has not authorised it, but it is evidently in their best interests. */
  BEST_INTERESTS,
  /**
   * The requester cannot act for the child. The letter says the council cannot act on the request
   * for the child, never why: the child's view is the child's.
   */
  NO_AUTHORITY;

  /** The outcome a case on the model before version 3 records for the same decision. */
  static final String LEGACY_REFUSAL = "CHILD_REFUSES";

  static boolean endsTheRequest(Object value) {
    return NO_AUTHORITY.name().equals(value) || LEGACY_REFUSAL.equals(value);
  }
}
