package org.inforights.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditActionTest {

  /**
   * The texts audit trails already hold: a renamed constant would leave them unread as what they
   * were, so this list only ever grows.
   */
  @Test
  void everyActionIsStoredUnderTheTextEarlierVersionsWrote() {
    assertThat(Arrays.stream(AuditAction.values()).filter(action -> action != AuditAction.UNRECOGNISED)
            .map(AuditAction::name))
        .containsExactlyInAnyOrder(
            "REGISTERED", "TARGET_SET", "LINKED", "CLOCK_STOPPED", "CLOCK_STOP_DATE_CONFIRMED", "CLOCK_RESTARTED",
            "CLOCK_RESUMED", "EXTENDED", "BREACHED", "CLOSED", "FORMER_NAME_RECORDED", "PERSONAL_DATA_ERASED",
            "LEGAL_HOLD_PLACED", "LEGAL_HOLD_RELEASED", "NOTE_ADDED", "DOCUMENT_ADDED", "LETTER_SENT",
            "COMPLAINT_RECEIVED", "REVIEW_DECIDED", "HEALTH_DATA_CLEARED", "PARENTAL_RESPONSIBILITY_RECORDED",
            "CHILD_AUTHORITY_DECIDED", "SERIOUS_HARM_OPINION", "REDACTION_MARK_ADDED", "REDACTION_MARK_REMOVED",
            "REDACTED_COPY_MADE", "RESPONSE_APPROVED", "RESPONSE_APPROVAL_WITHDRAWN", "SECURE_LINK_ISSUED",
            "SECURE_LINK_REVOKED", "SECURE_LINK_WRONG_CODE", "SECURE_LINK_LOCKED", "SECURE_CODE_LETTER_PRINTED",
            "RESPONSE_PACK_DOWNLOADED");
    for (AuditAction action : AuditAction.values()) {
      assertThat(AuditAction.fromStored(action.name())).isEqualTo(action);
    }
  }

  @Test
  void aStoredTextNoActionNamesReadsAsUnrecognisedAndKeepsItsText() {
    assertThat(AuditAction.fromStored("ACTION_OF_A_LATER_VERSION")).isEqualTo(AuditAction.UNRECOGNISED);
    assertThat(AuditAction.fromStored("letter_sent")).as("stored texts are exact").isEqualTo(AuditAction.UNRECOGNISED);
    assertThat(AuditAction.fromStored(null)).isEqualTo(AuditAction.UNRECOGNISED);
  }

  @Test
  void nothingRecordsAnUnrecognisedAction() {
    assertThatThrownBy(() -> new AuditEntry(Instant.EPOCH, "officer", AuditAction.UNRECOGNISED, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new AuditEntry(Instant.EPOCH, "officer", AuditAction.LETTER_SENT, "ACK").storedAction())
        .isEqualTo("LETTER_SENT");
  }
}
