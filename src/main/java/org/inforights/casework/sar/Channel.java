package org.inforights.casework.sar;

/** How a subject access request reached the council. */
public enum Channel {
  EMAIL,
  POST,
  WEB_FORM,
  PHONE,
  IN_PERSON,
  /** Passed on by a school's designated teacher for looked-after children. */
  DESIGNATED_TEACHER,
  /** Passed on by the child's social worker. */
  SOCIAL_WORKER
}
