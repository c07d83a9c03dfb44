package org.inforights.casework.casefile;

/** Who the requester is to the child. */
public enum Relationship {
  SELF,
  PARENT,
  GUARDIAN,
  REPRESENTATIVE,
  SOLICITOR,
  /**
   * Kept for cases registered before it was refused at intake: a designated teacher passes on the
   * child's or the parent's request, and is recorded as its intermediary, never as its requester.
   */
  DESIGNATED_TEACHER,
  OTHER
}
