package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules ({@link ModelChecks}) on every model in {@code processes/}, so that an analyst's
 * change that breaks one fails the build with a message saying what and where.
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
}
