package org.inforights.casework.letters;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Objects;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail sender for the demo, which has no SMTP server: each message becomes an {@code .eml} file
 * in the outbox directory, named {@code <timestamp>-<reference>-<type>.eml}, which an officer opens
 * with any mail program. A file that cannot be written is a {@link MailSendException}, as a mail
 * server that cannot be reached would be. A file appears whole or not at all.
 */
class OutboxMailSender extends JavaMailSenderImpl {

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS");

  private final Path directory;
  private final Clock clock;

  OutboxMailSender(Path directory, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "casework.letters.outbox-dir").toAbsolutePath().normalize();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  Path directory() {
    return directory;
  }

  @Override
  protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
    for (MimeMessage message : mimeMessages) {
      try {
        write(message);
      } catch (IOException | MessagingException e) {
        throw new MailSendException("Could not write a letter to the outbox " + directory, e);
      }
    }
  }

  private void write(MimeMessage message) throws IOException, MessagingException {
    if (message.getSentDate() == null) {
      message.setSentDate(Date.from(clock.instant()));
    }
    message.saveChanges();
    Files.createDirectories(directory);
    Path partial = Files.createTempFile(directory, ".", ".eml.part");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        message.writeTo(out);
      }
      publish(partial, fileName(message));
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Moves the written file to its name, or to "-2", "-3"... if two letters share the instant. */
  private void publish(Path partial, String name) throws IOException {
    for (int copy = 1; ; copy++) {
      Path target = directory.resolve(copy == 1 ? name + ".eml" : name + "-" + copy + ".eml");
      try {
        Files.move(partial, target);
        return;
      } catch (FileAlreadyExistsException taken) {
        // try the next name
      }
    }
  }

  private String fileName(MimeMessage message) throws MessagingException {
    return TIMESTAMP.format(clock.instant().atZone(clock.getZone()))
        + "-" + safe(header(message, Letters.REFERENCE_HEADER, "no-reference"))
        + "-" + safe(header(message, Letters.LETTER_TYPE_HEADER, "message"));
  }

  private static String header(MimeMessage message, String name, String otherwise) throws MessagingException {
    String value = message.getHeader(name, null);
    return value == null || value.isBlank() ? otherwise : value;
  }

  /** Only letters, digits, "-" and "_" in a file name, whatever a header says. */
  private static String safe(String part) {
    return part.strip().replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
