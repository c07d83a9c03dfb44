package org.inforights.casework.letters;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseLetters;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.ClockStop;
import org.inforights.casework.casefile.ClockStopReason;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a letter about a case to its requester by e-mail. The letter is filled from the case file
 * as it stands, plus any extra fields the letter type needs ({@link LetterType#requiredFields()}).
 *
 * <p>Failures are thrown, never swallowed: a {@link org.springframework.mail.MailException} when the
 * mail server cannot take the letter (worth retrying), a {@link NoEmailAddressException} when there
 * is nowhere to e-mail it, an {@link IllegalStateException} or {@link IllegalArgumentException} when
 * the case or the extra fields do not allow this letter (not worth retrying).
 */
@Service
public class Letters {

  /** The case reference, in a header of every letter, so that the outbox can name its files. */
  static final String REFERENCE_HEADER = "X-Casework-Reference";

  /** The letter type, in a header of every letter. */
  static final String LETTER_TYPE_HEADER = "X-Casework-Letter";

  /** Dates as the rest of the application writes them, e.g. "Thu 2 Apr 2026". */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

  /** What every letter takes from the case file; extra fields cannot contradict it. */
  private static final Set<String> FROM_THE_CASE = Set.of(
      "reference", "requesterName", "today", "receivedOn", "dueOn", "dueOnExplanation", "effectiveDueOn",
      "identityNeeded", "authorityNeeded", "extendedDueOn", "extendedDueOnExplanation", "extensionReasons",
      "extensionGround");

  private static final Logger log = LoggerFactory.getLogger(Letters.class);

  private final CaseFileService cases;
  private final CaseLetters sent;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final LettersProperties properties;
  private final Clock clock;
  private final TransactionTemplate readOnly;
  private final LetterTemplates templates = new LetterTemplates();

  Letters(
      CaseFileService cases,
      CaseLetters sent,
      ObjectProvider<JavaMailSender> mailSender,
      LettersProperties properties,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.cases = cases;
    this.sent = sent;
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
    if (mailSender.getIfAvailable() == null) {
      log.warn("No mail sender: letters cannot be sent until spring.mail.host or casework.letters.outbox-dir is set");
    }
  }

  /** Sends a letter that needs nothing beyond the case file. */
  public void send(LetterType type, String caseReference) {
    send(type, caseReference, Map.of());
  }

  /**
   * Sends a letter with extra fields, e.g. {@code reasons} for a refusal. {@link LocalDate} values
   * are written like "Thu 2 Apr 2026". Extra fields cannot replace what the case file says.
   */
  public void send(LetterType type, String caseReference, Map<String, Object> extra) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(caseReference, "caseReference");
    Objects.requireNonNull(extra, "extra");
    Letter letter = readOnly.execute(status -> compose(type, caseReference, extra));
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("Cannot send the " + type + " letter for case " + caseReference
          + ": no mail sender is configured (set spring.mail.host, or casework.letters.outbox-dir for the demo)");
    }
    sender.send(message(sender, type, caseReference, letter));
    log.info("Sent the {} letter for case {}", type, caseReference);
    sent.sent(caseReference, type.name(), letter.subject(), letter.body());
  }

  private Letter compose(LetterType type, String reference, Map<String, Object> extra) {
    CaseFile file = cases.get(reference);
    if (file.type() != type.caseType()) {
      throw new IllegalArgumentException("The " + type + " letter is worded for " + type.caseType()
          + " cases; " + reference + " is a " + file.type() + " case");
    }
    InternetAddress to = recipient(file, type);
    LocalDate today = LocalDate.now(clock);

    Map<String, Object> model = new HashMap<>();
    model.put("reference", reference);
    put(model, "requesterName", file.requester().name());
    put(model, "today", today);
    put(model, "receivedOn", file.receivedOn());
    put(model, "dueOn", file.dueOn());
    put(model, "dueOnExplanation", file.dueOnExplanation());
    put(model, "effectiveDueOn", file.effectiveDueOn());
    // a care leaver asks about themselves as an adult: the letters speak to them, not of "the child"
    model.put("aboutThemselves", file.requester().relationship() == Relationship.SELF);
    switch (type) {
      case EVIDENCE_REQUEST -> putEvidenceNeeded(model, file);
      case EXTENSION_NOTICE -> putExtension(model, file, today);
      case RESPONSE_DISPATCHED -> put(model, "dispatchedOn", today);
      case WITHDRAWAL_CONFIRMATION, DISCLOSURE_WITHDRAWAL_CONFIRMATION -> put(model, "withdrawnOn", today);
      case NO_EVIDENCE_CLOSURE -> putEvidenceAskedFor(model, file);
      default -> { }
    }
    putExtra(model, type, reference, extra);
    LetterTemplates.Rendered rendered = templates.render(type, model);
    return new Letter(to, rendered.subject(), rendered.body());
  }

  private static InternetAddress recipient(CaseFile file, LetterType type) {
    Requester requester = file.requester();
    String email = requester == null ? null : requester.email();
    if (email == null || email.isBlank()) {
      throw new NoEmailAddressException(file.reference(), type, "has no e-mail address");
    }
    try {
      InternetAddress address = new InternetAddress(email.strip(), true);
      address.validate();
      return address;
    } catch (AddressException e) {
      // The cause would repeat the address; the reference is enough to find it.
      throw new NoEmailAddressException(file.reference(), type, "has an e-mail address that is not valid");
    }
  }

  /** When the council asked for the evidence that never came, and what it was. */
  private static void putEvidenceAskedFor(Map<String, Object> model, CaseFile file) {
    ClockStop asked = file.clockStops().stream()
        .filter(stop -> stop.reason() == ClockStopReason.IDENTITY || stop.reason() == ClockStopReason.AUTHORITY)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("Case " + file.reference()
            + " was never asked for identity or authority evidence"));
    put(model, "askedOn", asked.askedOn());
    model.put("identityNeeded", asked.reason() == ClockStopReason.IDENTITY);
    model.put("authorityNeeded", asked.reason() == ClockStopReason.AUTHORITY);
  }

  private static void putEvidenceNeeded(Map<String, Object> model, CaseFile file) {
    ClockStopReason waitingFor = file.clockStops().stream()
        .filter(ClockStop::isOpen)
        .map(ClockStop::reason)
        .filter(reason -> reason == ClockStopReason.IDENTITY || reason == ClockStopReason.AUTHORITY)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Case " + file.reference()
            + " is not waiting for identity or authority evidence: stop its clock for it before asking"));
    model.put("identityNeeded", waitingFor == ClockStopReason.IDENTITY);
    model.put("authorityNeeded", waitingFor == ClockStopReason.AUTHORITY);
  }

  private void putExtension(Map<String, Object> model, CaseFile file, LocalDate today) {
    if (file.extendedDueOn() == null) {
      throw new IllegalStateException("Case " + file.reference() + " has not been extended: record the extension first");
    }
    if (today.isAfter(file.dueOn())) {
      // Late is still better than never: the requester must be told. The warning shows the delay.
      log.warn("The extension notice for case {} goes out after the original due date {}",
          file.reference(), file.dueOn());
    }
    put(model, "extendedDueOn", file.extendedDueOn());
    put(model, "extendedDueOnExplanation", cases.view(file).extendedDueOnExplanation());
    put(model, "extensionReasons", file.extensionReason());
    if (file.extensionGround() != null) {
      put(model, "extensionGround", file.extensionGround().wording());
    }
  }

  private static void putExtra(
      Map<String, Object> model, LetterType type, String reference, Map<String, Object> extra) {
    for (String required : type.requiredFields()) {
      Object value = extra.get(required);
      if (value == null || value.toString().isBlank()) {
        throw new IllegalArgumentException(
            "The " + type + " letter for case " + reference + " needs the field '" + required + "'");
      }
    }
    extra.forEach((name, value) -> {
      if (FROM_THE_CASE.contains(name)) {
        throw new IllegalArgumentException("The field '" + name + "' of the " + type
            + " letter comes from case " + reference + " and cannot be replaced");
      }
      put(model, name, value);
    });
  }

  private static void put(Map<String, Object> model, String name, Object value) {
    if (value == null) {
      model.remove(name);
    } else {
      model.put(name, value instanceof LocalDate day ? DAY.format(day) : value);
    }
  }

  private MimeMessage message(JavaMailSender sender, LetterType type, String reference, Letter letter) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(letter.to());
      helper.setSubject(letter.subject());
      helper.setText(letter.body());
      helper.setSentDate(Date.from(clock.instant()));
      if (type.namesTheCase()) {
        message.setHeader(REFERENCE_HEADER, reference);
      }
      message.setHeader(LETTER_TYPE_HEADER, type.name());
      return message;
    } catch (MessagingException e) {
      throw new MailPreparationException("Could not prepare the " + type + " letter for case " + reference, e);
    }
  }

  private record Letter(InternetAddress to, String subject, String body) {}
}
