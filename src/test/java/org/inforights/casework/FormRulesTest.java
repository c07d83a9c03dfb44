package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.inforights.casework.platform.modelrules.ModelRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms in {@code forms/} as Tasklist needs them: a form id equal to the file name (models
 * refer to it), every component id unique (Tasklist refuses to render a form that repeats one),
 * every field key unique, and no field without a key or label. The rules are {@link ModelRules},
 * which the running engine also applies to every form deployed.
 */
class FormRulesTest {

  static Stream<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.filter(path -> path.toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyFormRendersInTasklist(Path file) throws IOException {
    JsonNode form = new ObjectMapper().readTree(file.toFile());

    assertThat(ModelRules.formProblems(ModelRules.formIdOfFile(file.toString()), form)).as(file.toString()).isEmpty();
  }

  /**
   * A form's texts send nobody to the REST API for the case: people work in Tasklist, and the
   * task's case is on its "Case" tab.
   */
  @ParameterizedTest
  @MethodSource("forms")
  void noFormSendsPeopleToTheApiForTheCase(Path file) throws IOException {
    JsonNode form = new ObjectMapper().readTree(file.toFile());

    form.findValues("text").forEach(text -> assertThat(text.asText()).as(file.toString()).doesNotContain("/api/"));
  }
}
