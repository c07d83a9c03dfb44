package org.inforights.casework.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code casework.letters.*}. With {@code casework.letters.outbox-dir} set, letters go to that
 * directory as files, and Spring Boot's SMTP sender ({@code spring.mail.host}) steps aside;
 * otherwise they go to the SMTP server.
 *
 * <p>The {@code mail} component of {@code /actuator/health} follows the same choice: with the
 * outbox it says whether the outbox folder can be written, and Spring Boot's SMTP check (a
 * connection to {@code spring.mail.host}, localhost:25 when unset) steps aside, as it does for
 * any bean named {@code mailHealthContributor}; with SMTP it is Spring Boot's check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LettersProperties.class)
class LettersConfiguration {

  private static final Logger log = LoggerFactory.getLogger(LettersConfiguration.class);

  @Bean
  @ConditionalOnProperty("casework.letters.outbox-dir")
  OutboxMailSender outboxMailSender(LettersProperties properties, Clock clock) {
    OutboxMailSender outbox = new OutboxMailSender(properties.outboxDir(), clock);
    log.info("Letters are written to the outbox {}, not sent by e-mail", outbox.directory());
    return outbox;
  }

  @Bean(name = "mailHealthContributor")
  @ConditionalOnProperty("casework.letters.outbox-dir")
  HealthIndicator outboxHealth(OutboxMailSender outbox) {
    return () -> outboxHealth(outbox.directory());
  }

  /** UP when letters can be written to {@code directory} (created if missing, as a letter would). */
  static Health outboxHealth(Path directory) {
    Health.Builder health = Health.unknown().withDetail("outbox", directory.toString());
    try {
      Files.createDirectories(directory);
    } catch (IOException | SecurityException e) {
      return health.down().withDetail("error", "the outbox folder cannot be created").build();
    }
    return Files.isDirectory(directory) && Files.isWritable(directory)
        ? health.up().build()
        : health.down().withDetail("error", "the outbox folder cannot be written").build();
  }
}
