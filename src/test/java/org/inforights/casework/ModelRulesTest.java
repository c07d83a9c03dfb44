package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules ({@link ModelChecks}) on every model in {@code processes/}, so that an analyst's
 * change that breaks one fails the build with a message saying what and where; and the runtime
 * rules on every decision table.
 */
class ModelRulesTest {

  static final ModelChecks CHECKS = ModelChecks.ofThisApplication();

  static List<Path> models() {
    return ModelChecks.models();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyModelFollowsTheHouseRules(Path file) {
    assertThat(CHECKS.problems(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
  }

  static List<Path> decisions() throws IOException {
    try (Stream<Path> files = Files.list(ModelChecks.PROCESSES)) {
      return files.filter(path -> path.toString().endsWith(".dmn")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("decisions")
  void everyDecisionFollowsTheHouseRules(Path file) {
    assertThat(CHECKS.rules().dmnProblems(Dmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
  }
}
