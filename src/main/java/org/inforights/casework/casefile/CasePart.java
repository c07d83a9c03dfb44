package org.inforights.casework.casefile;

/**
 * The parts of a case file that are opened separately, each to the groups whose work needs it
 * (docs/authorization-matrix.md, {@link CaseAccess}): a step needs some of them, never all.
 */
public enum CasePart {
  /** Reference, type, status, dates and outcome: no personal data. */
  SUMMARY,
  /** The due date with its explanation, stops and resumptions, extension and its reasons, standing. */
  CLOCK,
  /** Who asks: name, relationship to the child, the channel the request came by. */
  REQUESTER,
  /** How to reach the requester (or a disclosure's requesting officer): e-mail address. */
  REQUESTER_CONTACT,
  /** The child: name, date of birth, cohort; for a disclosure, the children it names. */
  CHILD,
  /** What the requester asked for, in their words. */
  REQUEST,
  /** A third party's request: organisation, officer, power relied on, purpose, data asked for, decisions. */
  DISCLOSURE_REQUEST,
  /** Documents of the kind identity evidence (passports, birth certificates). */
  IDENTITY_EVIDENCE,
  /** Every other document kept with the case. */
  OTHER_DOCUMENTS,
  /** Notes on the case. */
  NOTES,
  /** The response's redaction log. */
  REDACTION_LOG,
  /**
   * A SAR's authority record: who passed the request on, the requester's parental responsibility and
   * the child's legal status, the child's competence and authority or best interests, and what allows
   * the response's health data to be given (the health professional's opinion or the child's
   * knowledge).
   */
  AUTHORITY,
  /** Other cases and earlier requests about the same child. */
  LINKED_CASES,
  /** Letters sent to the requester. */
  LETTERS,
  /** The case's audit trail. */
  AUDIT;

  /** The part a document of this kind belongs to. */
  static CasePart of(CaseAttachment.Kind kind) {
    return kind == CaseAttachment.Kind.IDENTITY_EVIDENCE ? IDENTITY_EVIDENCE : OTHER_DOCUMENTS;
  }

  /** Whether a document of this kind belongs to one of these parts. */
  public static boolean covers(java.util.Set<CasePart> parts, CaseAttachment.Kind kind) {
    return parts.contains(of(kind));
  }
}
