package org.inforights.casework.casefile;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an entry of a case's audit trail records. The constant's name is the text stored in
 * {@code case_audit.action} and shown on the Case tab, so a name, once written, never changes:
 * rows written years ago and the reports that count them read it as it was.
 */
public enum AuditAction {

  // the case file and its clock
  REGISTERED,
  TARGET_SET,
  LINKED,
  CLOCK_STOPPED,
  /** The DPO confirmed a stop asked on a day before the day it was recorded. */
  CLOCK_STOP_DATE_CONFIRMED,
  CLOCK_RESTARTED,
  CLOCK_RESUMED,
  EXTENDED,
  BREACHED,
  CLOSED,
  FORMER_NAME_RECORDED,
  /** The retention period ended and the case's personal data went; a later sweep skips the case. */
  PERSONAL_DATA_ERASED,
  LEGAL_HOLD_PLACED,
  LEGAL_HOLD_RELEASED,
  NOTE_ADDED,
  DOCUMENT_ADDED,
  /** A letter went to the requester; the detail is the letter's type. */
  LETTER_SENT,

  // complaints and the internal review
  COMPLAINT_RECEIVED,
  REVIEW_DECIDED,

  // the SAR's own decisions
  HEALTH_DATA_CLEARED,
  PARENTAL_RESPONSIBILITY_RECORDED,
  CHILD_AUTHORITY_DECIDED,
  SERIOUS_HARM_OPINION,

  // the response: redaction, approval and delivery
  REDACTION_MARK_ADDED,
  REDACTION_MARK_REMOVED,
  REDACTED_COPY_MADE,
  RESPONSE_APPROVED,
  RESPONSE_APPROVAL_WITHDRAWN,
  SECURE_LINK_ISSUED,
  SECURE_LINK_REVOKED,
  SECURE_LINK_WRONG_CODE,
  SECURE_LINK_LOCKED,
  SECURE_CODE_LETTER_PRINTED,
  RESPONSE_PACK_DOWNLOADED,

  /**
   * Read only: a stored text no constant names (an action of a version this one does not know). The
   * entry keeps its text ({@link AuditEntry#storedAction()}); nothing records this action.
   */
  UNRECOGNISED;

  private static final Map<String, AuditAction> BY_STORED_TEXT =
      Arrays.stream(values()).filter(action -> action != UNRECOGNISED)
          .collect(Collectors.toUnmodifiableMap(AuditAction::name, Function.identity()));

  /** The action a stored text names, {@link #UNRECOGNISED} for a text no constant names. */
  public static AuditAction fromStored(String text) {
    return text == null ? UNRECOGNISED : BY_STORED_TEXT.getOrDefault(text, UNRECOGNISED);
  }
}
