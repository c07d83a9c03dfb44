package org.inforights.casework.letters;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code casework.letters.*}. With {@code casework.letters.outbox-dir} set, letters go to that
 * directory as files, and Spring Boot's SMTP sender ({@code spring.mail.host}) steps aside;
 * otherwise they go to the SMTP server.
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
}
