package org.inforights.casework.response;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.inforights.casework.sar.Exemption;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The words of the pack that are the council's, not the code's: the cover letters (one for an
 * adult, a plainer one for a child asking about themselves), the Article 15 information and the
 * plain-language reason given for each exemption. Each is read when a pack is built, from the
 * configured directory if the file is there and from {@code classpath:response/} otherwise, so an
 * administrator's edit shows in the next pack without a restart.
 */
@Component
class PackTexts {

  static final String COVER_LETTER = "cover-letter.md.mustache";
  static final String CHILD_COVER_LETTER = "cover-letter-child.md.mustache";
  static final String ARTICLE_15 = "article-15.md.mustache";
  static final String EXEMPTION_REASONS = "exemption-reasons.properties";

  private final ResponseProperties properties;

  PackTexts(ResponseProperties properties) {
    this.properties = properties;
  }

  /** The template's text, filled from the model; a variable the model lacks is an error. */
  String render(String name, Map<String, Object> model) {
    return Mustache.compiler().escapeHTML(false).compile(raw(name)).execute(model);
  }

  /** The plain-language reason given to the requester for information withheld under the exemption. */
  String plainReason(Exemption exemption, Properties reasons) {
    String reason = reasons.getProperty(exemption.name());
    return reason == null || reason.isBlank()
        ? "The law allows this information to be withheld."
        : reason.strip();
  }

  Properties reasons() {
    Properties reasons = new Properties();
    try {
      reasons.load(new StringReader(raw(EXEMPTION_REASONS)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reasons;
  }

  /** The text as configured: what goes into a pack's fingerprint. */
  String raw(String name) {
    try {
      if (properties.textsDir() != null) {
        Path configured = properties.textsDir().resolve(name);
        if (Files.isRegularFile(configured)) {
          return Files.readString(configured, StandardCharsets.UTF_8);
        }
      }
      try (InputStream shipped =
          new ClassPathResource("response/" + name, PackTexts.class.getClassLoader()).getInputStream()) {
        return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the response pack text " + name, e);
    }
  }
}
