package org.inforights.casework.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.autoconfigure.mail.MailHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The demo has no mail server: officers read the letters as files in an outbox directory, and
 * health checks that folder rather than an SMTP server.
 */
class DemoOutboxTest {

  /** 11:00 on Tue 7 Apr 2026 in London (summer time). */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-07T10:00:00Z"), ZoneId.of("Europe/London"));

  @TempDir Path outbox;

  @Test
  void eachLetterBecomesAnEmlFileThatOpensAsTheMessageSent() throws Exception {
    OutboxMailSender sender = new OutboxMailSender(outbox, CLOCK);

    sender.send(letter(sender, "SAR-2026-00007", "ACKNOWLEDGEMENT", "Dear Siobhán O'Neill,\n\nWe have it.\n"));

    assertThat(files()).containsExactly("20260407T110000.000-SAR-2026-00007-ACKNOWLEDGEMENT.eml");
    MimeMessage read = read(outbox.resolve(files().get(0)));
    assertThat(read.getRecipients(Message.RecipientType.TO))
        .containsExactly(new InternetAddress("siobhan.oneill@example.org"));
    assertThat(read.getSubject()).isEqualTo("Your subject access request SAR-2026-00007: we have received it");
    assertThat(read.getSentDate()).isEqualTo(CLOCK.instant());
    assertThat(((String) read.getContent()).replace("\r\n", "\n")).isEqualTo("Dear Siobhán O'Neill,\n\nWe have it.\n");
  }

  @Test
  void twoLettersAtTheSameMomentKeepTheirOwnFiles() throws Exception {
    OutboxMailSender sender = new OutboxMailSender(outbox.resolve("not-yet-there"), CLOCK);

    sender.send(letter(sender, "SAR-2026-00007", "REFUSAL_NOTICE", "first"));
    sender.send(letter(sender, "SAR-2026-00007", "REFUSAL_NOTICE", "second"));

    try (Stream<Path> written = Files.list(outbox.resolve("not-yet-there"))) {
      assertThat(written.map(path -> path.getFileName().toString()).sorted())
          .containsExactly(
              "20260407T110000.000-SAR-2026-00007-REFUSAL_NOTICE-2.eml",
              "20260407T110000.000-SAR-2026-00007-REFUSAL_NOTICE.eml");
    }
  }

  @Test
  void anOutboxThatCannotBeWrittenFailsLikeAMailServerThatIsDown() throws Exception {
    Path notADirectory = Files.writeString(outbox.resolve("a-file"), "", StandardCharsets.UTF_8);
    OutboxMailSender sender = new OutboxMailSender(notADirectory, CLOCK);

    assertThatThrownBy(() -> sender.send(letter(sender, "SAR-2026-00007", "ACKNOWLEDGEMENT", "body")))
        .isInstanceOf(MailSendException.class);
  }

  @Test
  void theOutboxReplacesTheSmtpSenderOnlyWhenItsDirectoryIsSet() {
    ApplicationContextRunner context = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
        .withUserConfiguration(LettersConfiguration.class)
        .withBean(Clock.class, () -> CLOCK)
        .withPropertyValues("spring.mail.host=smtp.council.invalid");

    context.run(smtp -> assertThat(smtp.getBean(JavaMailSender.class))
        .isExactlyInstanceOf(JavaMailSenderImpl.class));
    context.withPropertyValues("casework.letters.outbox-dir=" + outbox)
        .run(demo -> assertThat(demo.getBean(JavaMailSender.class))
            .isInstanceOfSatisfying(OutboxMailSender.class,
                sender -> assertThat(sender.directory()).isEqualTo(outbox.toAbsolutePath())));
  }

  @Test
  void withTheOutboxHealthAsksWhetherItCanBeWrittenNotWhetherAnSmtpServerAnswers() {
    // the demo profile's letters: an outbox folder and no spring.mail.host (so no SMTP server at localhost:25)
    health().withPropertyValues("casework.letters.outbox-dir=" + outbox.resolve("outbox"))
        .run(demo -> {
          Health mail = demo.getBean("mailHealthContributor", HealthIndicator.class).health();
          assertThat(mail.getStatus()).isEqualTo(Status.UP);
          assertThat(mail.getDetails()).containsEntry("outbox", outbox.resolve("outbox").toAbsolutePath().toString());
          assertThat(demo.getBeansOfType(MailHealthIndicator.class)).isEmpty();
        });
  }

  @Test
  void anOutboxThatCannotBeWrittenIsDown() throws Exception {
    Path notADirectory = Files.writeString(outbox.resolve("a-file"), "", StandardCharsets.UTF_8);

    health().withPropertyValues("casework.letters.outbox-dir=" + notADirectory)
        .run(demo -> assertThat(demo.getBean("mailHealthContributor", HealthIndicator.class).health().getStatus())
            .isEqualTo(Status.DOWN));
  }

  @Test
  void withSmtpHealthStillAsksTheMailServer() throws Exception {
    int nothingListens;
    try (ServerSocket socket = new ServerSocket(0)) {
      nothingListens = socket.getLocalPort();
    }

    health().withPropertyValues("spring.mail.host=localhost", "spring.mail.port=" + nothingListens)
        .run(smtp -> {
          HealthIndicator mail = smtp.getBean("mailHealthContributor", HealthIndicator.class);
          assertThat(mail).isInstanceOf(MailHealthIndicator.class);
          assertThat(mail.health().getStatus()).isEqualTo(Status.DOWN);
        });
  }

  private static ApplicationContextRunner health() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(
            MailSenderAutoConfiguration.class, MailHealthContributorAutoConfiguration.class))
        .withUserConfiguration(LettersConfiguration.class)
        .withBean(Clock.class, () -> CLOCK);
  }

  private static MimeMessage letter(JavaMailSender sender, String reference, String type, String body)
      throws Exception {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
    helper.setFrom("information.governance@council.invalid");
    helper.setTo("siobhan.oneill@example.org");
    helper.setSubject("Your subject access request " + reference + ": we have received it");
    helper.setText(body);
    message.setHeader(Letters.REFERENCE_HEADER, reference);
    message.setHeader(Letters.LETTER_TYPE_HEADER, type);
    return message;
  }

  private List<String> files() throws Exception {
    try (Stream<Path> written = Files.list(outbox)) {
      return written.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  private static MimeMessage read(Path eml) throws Exception {
    try (InputStream in = Files.newInputStream(eml)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    }
  }
}
