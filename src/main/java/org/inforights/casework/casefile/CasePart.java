package org.inforights.casework.casefile;

/**
 * The parts of a case file a person may be shown, each decided separately by {@link CaseFileAccess}:
 * a step needs some of them, never all.
 */
public enum CasePart {
  /** Reference, type, status, dates and outcome: no personal data. */
  SUMMARY,
  /** The due date with its explanation, stops and resumptions, extension and its reasons, standing. */
  CLOCK,
  /** Who asks: name, relationship to the child, the channel the request came by. */
  REQUESTER,
  /** How to reach the requester: e-mail address. */
  REQUESTER_CONTACT,
  /** The child: name, date of birth, cohort; for a disclosure, the children it names. */
  CHILD,
  /** What the requester asked for, in their words. */
  REQUEST,
  /** A third party's request: organisation, officer, power relied on, purpose, data asked for. */
  DISCLOSURE_REQUEST,
  /** Documents kept with the case (which kinds, see {@link CaseFileAccess#documentKinds}). */
  DOCUMENTS,
  /** Notes on the case. */
  NOTES,
  /** The response's redaction log. */
  REDACTIONS,
  /** Other cases and earlier requests about the same child. */
  LINKED_CASES,
  /** Letters sent to the requester. */
  LETTERS,
  /** The case's audit trail. */
  AUDIT
}
