package org.inforights.casework.letters;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * The Mustache templates of every letter, compiled once so that a missing or broken template stops
 * the start-up rather than a letter. Plain text: nothing is HTML-escaped ("O'Neill" stays so). A
 * variable the model lacks is an error, not a blank in a letter. Partials ({@code {{> signature}}})
 * come from the same directory.
 */
final class LetterTemplates {

  static final String DIRECTORY = "letters/";

  private final Map<LetterType, Template> subjects = new EnumMap<>(LetterType.class);
  private final Map<LetterType, Template> bodies = new EnumMap<>(LetterType.class);

  LetterTemplates() {
    Mustache.Compiler compiler =
        Mustache.compiler().escapeHTML(false).withLoader(LetterTemplates::partial);
    for (LetterType type : LetterType.values()) {
      subjects.put(type, compile(compiler, type.templateName() + ".subject.mustache"));
      bodies.put(type, compile(compiler, type.templateName() + ".txt.mustache"));
    }
  }

  /** The subject line and body of one letter. */
  Rendered render(LetterType type, Map<String, Object> model) {
    String subject = subjects.get(type).execute(model).strip().replaceAll("\\s+", " ");
    String body = bodies.get(type).execute(model).strip() + "\n";
    return new Rendered(subject, body);
  }

  record Rendered(String subject, String body) {}

  private static Template compile(Mustache.Compiler compiler, String name) {
    try (Reader reader = open(name)) {
      return compiler.compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the letter template " + DIRECTORY + name, e);
    }
  }

  private static Reader partial(String name) throws IOException {
    return open(name + ".mustache");
  }

  private static Reader open(String name) throws IOException {
    ClassPathResource resource =
        new ClassPathResource(DIRECTORY + name, LetterTemplates.class.getClassLoader());
    return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
  }
}
