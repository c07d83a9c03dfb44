package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * The variables a text component may show: the application writes them, as references, enum
   * names, group ids and generated sentences, and no user can set them (a task sets only its own
   * form's fields). A text component renders its text as Markdown and HTML, so a value that
   * people type (a reason, a condition) would become markup (an image the browser fetches, a
   * link); such a value is shown in a disabled field, which shows text only.
   */
  static final Set<String> PLAIN_TEXT_VARIABLES =
      Set.of(
          "caseReference", "dueOnExplanation", "linkedCases", "approvals", "approverGroup", "childrenScope",
          "complaintGrounds", "recordsSystem", "requesterType", "sensitivity", "signOffPresent", "urgency");

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

  @ParameterizedTest
  @MethodSource("forms")
  void textComponentsShowOnlyTheApplicationsPlainTextVariables(Path file) throws IOException {
    JsonNode form = new ObjectMapper().readTree(file.toFile());
    List<String> problems = new ArrayList<>();
    checkTemplates(form.path("components"), problems);
    assertThat(problems).as(file.toString()).isEmpty();
  }

  private static void checkTemplates(JsonNode components, List<String> problems) {
    for (JsonNode component : components) {
      if (component.path("type").asText().equals("text")) {
        if (component.path("text").asText().startsWith("=")) {
          problems.add(component.path("id").asText() + " is an expression whose result is shown as Markdown");
        }
        Matcher variable = TEMPLATE.matcher(component.path("text").asText());
        while (variable.find()) {
          if (!PLAIN_TEXT_VARIABLES.contains(variable.group(1))) {
            problems.add(component.path("id").asText() + " shows {{" + variable.group(1)
                + "}} as Markdown; show it in a disabled field instead");
          }
        }
      }
      if (component.has("components")) {
        checkTemplates(component.get("components"), problems);
      }
    }
  }
}
