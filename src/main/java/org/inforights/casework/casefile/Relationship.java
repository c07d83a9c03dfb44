package org.inforights.casework.casefile;

/** Who the requester is to the child. */
public enum Relationship {
  SELF,
  PARENT,
  GUARDIAN,
  REPRESENTATIVE,
  SOLICITOR,
  DESIGNATED_TEACHER,
  OTHER
}
