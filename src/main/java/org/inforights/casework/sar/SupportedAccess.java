package org.inforights.casework.sar;

/**
 * Whether the requester, offered to read the file with a worker who can explain it (a care
 * leaver's file can be distressing), took it up. ICO right of access guidance: the information may
 * be provided in another form, such as viewing it in person, if the requester agrees; the offer
 * does not replace the copy (UK GDPR Art 15(3)).
 */
public enum SupportedAccess {
  ACCEPTED,
  DECLINED
}
