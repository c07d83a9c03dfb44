package org.inforights.casework.letters;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where letters come from and, in the demo, where they go; set under {@code casework.letters.*}.
 *
 * @param from      the sender, an address with an optional display name, e.g.
 *                  {@code "Information Governance <information.governance@example.gov.uk>"}
 *                  (default {@value #DEFAULT_FROM})
 * @param outboxDir when set, letters are written as {@code .eml} files into this directory instead
 *                  of going to an SMTP server (the demo has none); unset by default
 */
@ConfigurationProperties("casework.letters")
public record LettersProperties(@DefaultValue(LettersProperties.DEFAULT_FROM) String from, Path outboxDir) {

  static final String DEFAULT_FROM = "information.governance@council.invalid";

  /** A blank sender takes the default; one that is not an e-mail address stops the start-up. */
  public LettersProperties {
    from = from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
    try {
      InternetAddress[] parsed = InternetAddress.parse(from, true);
      if (parsed.length != 1) {
        throw new IllegalArgumentException("casework.letters.from must be one address, not " + from);
      }
      parsed[0].validate();
    } catch (AddressException e) {
      throw new IllegalArgumentException("casework.letters.from is not an e-mail address: " + from, e);
    }
  }
}
