package org.inforights.casework.delivery;

/** How the one-time code reaches the requester: never the way the link went. */
public enum CodeRoute {
  /** A second e-mail, sent separately from the link's. */
  SECOND_EMAIL,
  /** A letter the officer prints and posts. */
  LETTER
}
