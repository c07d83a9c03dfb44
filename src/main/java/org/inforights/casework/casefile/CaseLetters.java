package org.inforights.casework.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters sent about a case, kept as they were sent: the requester may later say what they
 * were told, and a complaint or the ICO asks what the council wrote and when. Each letter is one
 * entry on the audit trail ({@link AuditAction#LETTER_SENT}) and one row with its text.
 */
@Service
public class CaseLetters {

  /** A letter sent: its text is null for letters sent before their text was kept. */
  public record SentLetter(String letterType, Instant sentAt, String sentBy, String subject, String text) {}

  private final CaseFileRepository files;
  private final CaseLetterRepository letters;
  private final CurrentUser currentUser;
  private final Clock clock;

  CaseLetters(CaseFileRepository files, CaseLetterRepository letters, CurrentUser currentUser, Clock clock) {
    this.files = files;
    this.letters = letters;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** A letter went to the requester: keeps its subject and text, and puts it on the audit trail. */
  @Transactional
  public void sent(String reference, String letterType, String subject, String text) {
    if (text.length() > CaseLetter.MAX_BODY) {
      throw new IllegalArgumentException("The " + letterType + " letter for case " + reference + " is longer than "
          + CaseLetter.MAX_BODY + " characters and cannot be kept whole");
    }
    CaseFile file = files.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    // as the database keeps it, so that the letter and its audit entry pair up when read back
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String user = currentUser.id();
    letters.save(new CaseLetter(file.id(), letterType, subject, text, user, now));
    file.recordAudit(now, user, AuditAction.LETTER_SENT, letterType);
  }

  /**
   * Every letter sent about the case, oldest first, from its audit trail, each with its text when
   * it was kept.
   */
  @Transactional(readOnly = true)
  public List<SentLetter> of(String reference) {
    CaseFile file = files.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    List<CaseLetter> kept = new ArrayList<>(letters.findByCaseIdOrderBySentAtAscIdAsc(file.id()));
    List<SentLetter> sent = new ArrayList<>();
    for (AuditEntry entry : file.audit()) {
      if (entry.action() != AuditAction.LETTER_SENT) {
        continue;
      }
      CaseLetter letter = kept.stream()
          .filter(k -> k.letterType().equals(entry.detail()) && k.sentAt().equals(entry.occurredAt()))
          .findFirst()
          .orElse(null);
      kept.remove(letter);
      sent.add(new SentLetter(entry.detail(), entry.occurredAt(), entry.actor(),
          letter == null ? null : letter.subject(), letter == null ? null : letter.body()));
    }
    return sent;
  }
}
