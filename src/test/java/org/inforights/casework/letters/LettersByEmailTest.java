package org.inforights.casework.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.ExtensionGround;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseLetters;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.ClockStopReason;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.NewSar;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.casefile.Subject;
import org.inforights.casework.support.EngineTime;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;

/**
 * Every letter, sent through a real SMTP server in this JVM. All the tests that need one are here,
 * so that only this class starts a second application context.
 */
@ApplicationTest
@ExtendWith(EngineTime.class)
class LettersByEmailTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  /** Good Friday: one month on is a Sunday before the Early May bank holiday. */
  static final LocalDate RECEIVED = LocalDate.of(2026, 4, 3);
  static final LocalDate TODAY = LocalDate.of(2026, 4, 7);
  static final String EMAIL = "siobhan.oneill@example.org";

  @Autowired Letters letters;
  @Autowired CaseFileService cases;
  @Autowired CaseLetters caseLetters;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @BeforeEach
  void today() {
    EngineTime.now(TODAY, LocalTime.of(11, 0));
  }

  @Test
  void acknowledgementTellsTheRequesterTheDueDateAndWhy() throws Exception {
    CaseFile sar = register(EMAIL);

    letters.send(LetterType.ACKNOWLEDGEMENT, sar.reference());

    MimeMessage letter = onlyLetter();
    assertThat(letter.getRecipients(Message.RecipientType.TO))
        .containsExactly(new InternetAddress(EMAIL));
    assertThat(letter.getFrom()).containsExactly(new InternetAddress("information.governance@council.invalid"));
    assertThat(letter.getSubject())
        .isEqualTo("Your subject access request " + sar.reference() + ": we have received it");
    assertThat(body(letter))
        .startsWith("Dear Siobhán O'Neill,")
        .contains(sar.reference())
        .contains("We received it on Fri 3 Apr 2026.")
        .contains("We must respond by Tue 5 May 2026.")
        .contains("How we worked out this date: " + sar.dueOnExplanation() + ".")
        .contains("bank holiday (Early May bank holiday)")
        .contains("Information Governance Team");
  }

  @Test
  void aCareLeaverAskingAsAnAdultIsWrittenToAboutTheirOwnRecordsNotAboutAChild() throws Exception {
    CaseFile sar = cases.registerSar(new NewSar(
        RECEIVED, "EMAIL", new Requester("Dominic Adeyemi", EMAIL, Relationship.SELF),
        new Subject("Dominic Adeyemi", LocalDate.of(1988, 11, 2), Cohort.CARE_LEAVER),
        "My file from my time in care, 1995 to 2006"));
    cases.stopClock(sar.reference(), ClockStopReason.IDENTITY, TODAY);

    letters.send(LetterType.ACKNOWLEDGEMENT, sar.reference());
    String acknowledgement = body(onlyLetter());
    smtp.purgeEmailFromAllMailboxes();
    letters.send(LetterType.EVIDENCE_REQUEST, sar.reference());
    String evidenceRequest = body(onlyLetter());
    smtp.purgeEmailFromAllMailboxes();
    letters.send(LetterType.CLARIFICATION_REQUEST, sar.reference());
    String clarification = body(onlyLetter());

    for (String letter : new String[] {acknowledgement, evidenceRequest, clarification}) {
      assertThat(letter).startsWith("Dear Dominic Adeyemi,").doesNotContain("the child", "a child,", "about a child");
    }
    assertThat(acknowledgement).contains("Before we give anyone their records");
    assertThat(evidenceRequest).contains("Proof of your identity", "a name you used before");
    assertThat(clarification).contains("the years you were in care", "any other names you were known by");
  }

  @Test
  void aLetterSentIsOnTheCasesAuditTrailByTypeWithoutItsWording() {
    CaseFile sar = register(EMAIL);

    letters.send(LetterType.ACKNOWLEDGEMENT, sar.reference());

    java.util.List<String> sent =
        new org.springframework.transaction.support.TransactionTemplate(transactions)
            .execute(status -> cases.get(sar.reference()).audit().stream()
                .filter(entry -> entry.action() == AuditAction.LETTER_SENT)
                .map(entry -> entry.detail())
                .toList());
    assertThat(sent).containsExactly("ACKNOWLEDGEMENT");
  }

  @Test
  void aLetterSentIsKeptWithItsSubjectAndTextAsSentAndTheDaySent() throws Exception {
    CaseFile sar = register(EMAIL);

    letters.send(LetterType.ACKNOWLEDGEMENT, sar.reference());

    MimeMessage letter = onlyLetter();
    assertThat(caseLetters.of(sar.reference())).singleElement().satisfies(kept -> {
      assertThat(kept.letterType()).isEqualTo("ACKNOWLEDGEMENT");
      assertThat(kept.subject()).isEqualTo(letter.getSubject());
      // the mail's transfer drops the text's last line break
      assertThat(kept.text().strip()).isEqualTo(body(letter).strip()).contains("Dear Siobhán O'Neill,");
      assertThat(kept.sentAt()).isEqualTo(EngineTime.at(TODAY, LocalTime.of(11, 0)).toInstant());
    });
  }

  @Test
  void aLetterThatCannotBeSentIsNotKeptAsSent() {
    CaseFile sar = register(null);

    assertThatThrownBy(() -> letters.send(LetterType.ACKNOWLEDGEMENT, sar.reference()))
        .isInstanceOf(NoEmailAddressException.class);

    assertThat(caseLetters.of(sar.reference())).isEmpty();
  }

  @Test
  void evidenceRequestAsksForProofOfIdentityAndSaysTheClockStartsWhenItArrives() throws Exception {
    CaseFile sar = register(EMAIL);
    cases.stopClock(sar.reference(), ClockStopReason.IDENTITY, TODAY);

    letters.send(LetterType.EVIDENCE_REQUEST, sar.reference(), Map.of("replyBy", LocalDate.of(2026, 5, 5)));

    MimeMessage letter = onlyLetter();
    assertThat(letter.getSubject())
        .isEqualTo("Your subject access request " + sar.reference() + ": please send us proof of your identity");
    assertThat(body(letter))
        .contains("Proof of your identity")
        .doesNotContain("Proof that you can act for the child")
        .contains("time limit for our response starts on the day we receive what we have asked for")
        .contains("If we have not heard from you by Tue 5 May 2026, we will take it that you no longer wish to go on");
  }

  @Test
  void evidenceRequestForAuthorityAsksForProofOfParentalResponsibility() throws Exception {
    CaseFile sar = register(EMAIL);
    cases.stopClock(sar.reference(), ClockStopReason.AUTHORITY, TODAY);

    letters.send(LetterType.EVIDENCE_REQUEST, sar.reference());

    String body = body(onlyLetter());
    assertThat(body)
        .contains("Proof that you can act for the child")
        .contains("parental responsibility")
        .doesNotContain("Proof of your identity")
        .doesNotContain("If we have not heard from you");
  }

  @Test
  void noEvidenceRequestGoesOutWhileTheCaseIsNotWaitingForEvidence() {
    CaseFile sar = register(EMAIL);

    assertThatThrownBy(() -> letters.send(LetterType.EVIDENCE_REQUEST, sar.reference()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(sar.reference())
        .hasMessageContaining("not waiting for identity or authority evidence");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void extensionNoticeGivesTheNewDueDateAndTheManagersReasons() throws Exception {
    CaseFile sar = register(EMAIL);
    String reasons = "Your request covers records from four services over eleven years.";
    cases.extend(sar.reference(), ExtensionGround.COMPLEX, reasons, TODAY);

    letters.send(LetterType.EXTENSION_NOTICE, sar.reference());

    MimeMessage letter = onlyLetter();
    assertThat(letter.getSubject()).contains(sar.reference()).contains("we need more time");
    assertThat(body(letter))
        .contains("We were due to respond by Tue 5 May 2026.")
        .contains("We will respond by Fri 3 Jul 2026.")
        .contains("three months (extended) → Fri 3 Jul 2026")
        .contains("Why we need more time\n\nWe have extended the time limit because the request is complex.\n" + reasons);
  }

  @Test
  void anExtensionNoticeStillGoesOutWhenItIsLateBecauseTheRequesterMustBeTold() throws Exception {
    CaseFile sar = register(EMAIL);
    cases.extend(sar.reference(), ExtensionGround.COMPLEX, "Records from four services.", TODAY);
    EngineTime.now(LocalDate.of(2026, 5, 6), LocalTime.of(9, 0));

    letters.send(LetterType.EXTENSION_NOTICE, sar.reference());

    assertThat(body(onlyLetter())).contains("We will respond by Fri 3 Jul 2026.");
  }

  @Test
  void noExtensionNoticeGoesOutForACaseThatWasNotExtended() {
    CaseFile sar = register(EMAIL);

    assertThatThrownBy(() -> letters.send(LetterType.EXTENSION_NOTICE, sar.reference()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(sar.reference() + " has not been extended");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void refusalNoticeStatesTheReasonsAndTheRightToComplainToTheIcoAndTheCourts() throws Exception {
    CaseFile sar = register(EMAIL);
    String reasons = "This request repeats request SAR-2025-00113, answered on Mon 2 Mar 2026, "
        + "and nothing has changed since.";

    letters.send(LetterType.REFUSAL_NOTICE, sar.reference(), Map.of("reasons", reasons));

    MimeMessage letter = onlyLetter();
    assertThat(letter.getSubject()).isEqualTo("Your subject access request " + sar.reference() + ": our decision");
    assertThat(body(letter))
        .contains("we are refusing it")
        .contains("Why we are refusing your request\n\n" + reasons)
        .contains("Information Commissioner's Office (ICO)")
        .contains("ico.org.uk")
        .contains("0303 123 1113")
        .contains("the right to seek to enforce your right of access through the courts");
  }

  @Test
  void aRefusalWithoutReasonsIsNotSent() {
    CaseFile sar = register(EMAIL);

    assertThatThrownBy(() -> letters.send(LetterType.REFUSAL_NOTICE, sar.reference()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(sar.reference())
        .hasMessageContaining("'reasons'");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void responseDispatchedSaysHowAndWhenTheResponseWasSent() throws Exception {
    CaseFile sar = register(EMAIL);

    letters.send(LetterType.RESPONSE_DISPATCHED, sar.reference(),
        Map.of("dispatchMethod", "a secure e-mail link", "dispatchedOn", LocalDate.of(2026, 4, 6)));

    MimeMessage letter = onlyLetter();
    assertThat(letter.getSubject()).contains(sar.reference()).contains("our response has been sent");
    assertThat(body(letter)).contains("It was sent on Mon 6 Apr 2026 by a secure e-mail link.");
  }

  @Test
  void withdrawalConfirmationSaysTheRequestIsClosed() throws Exception {
    CaseFile sar = register(EMAIL);

    letters.send(LetterType.WITHDRAWAL_CONFIRMATION, sar.reference());

    MimeMessage letter = onlyLetter();
    assertThat(letter.getSubject()).contains(sar.reference()).contains("withdrawn");
    assertThat(body(letter))
        .contains("was withdrawn on Tue 7 Apr 2026")
        .contains("We have closed it")
        .contains("you can make a new request at any time");
  }

  @Test
  void extraFieldsCannotContradictTheCaseFile() {
    CaseFile sar = register(EMAIL);

    assertThatThrownBy(() -> letters.send(LetterType.ACKNOWLEDGEMENT, sar.reference(),
            Map.of("dueOn", LocalDate.of(2026, 12, 25))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dueOn'");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aLetterToARequesterWithoutAnEmailAddressFailsNamingTheCaseNotThePerson() {
    CaseFile sar = register(null);

    assertThatThrownBy(() -> letters.send(LetterType.ACKNOWLEDGEMENT, sar.reference()))
        .isInstanceOf(NoEmailAddressException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(sar.reference())
        .hasMessageContaining("no e-mail address")
        .message().doesNotContain("Siobh").doesNotContain("Neill");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void whenTheMailServerIsDownSendingFailsSoTheTaskCanRetry() {
    CaseFile sar = register(EMAIL);
    smtp.stop();

    assertThatThrownBy(() -> letters.send(LetterType.ACKNOWLEDGEMENT, sar.reference()))
        .isInstanceOf(MailException.class);
  }

  private CaseFile register(String email) {
    return cases.registerSar(new NewSar(
        RECEIVED,
        "EMAIL",
        new Requester("Siobhán O'Neill", email, Relationship.PARENT),
        new Subject("Ciarán O'Neill", LocalDate.of(2014, 9, 1), Cohort.CHILD_IN_NEED),
        "Everything social care holds about my son"));
  }

  private static MimeMessage onlyLetter() {
    assertThat(smtp.waitForIncomingEmail(5_000, 1)).as("a letter arrived").isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  private static String body(MimeMessage letter) throws Exception {
    return ((String) letter.getContent()).replace("\r\n", "\n");
  }
}
