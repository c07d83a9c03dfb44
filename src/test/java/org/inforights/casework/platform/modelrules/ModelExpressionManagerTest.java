package org.inforights.casework.platform.modelrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * What an expression can reach when it runs, on an engine without the house rules' deployment
 * check: the second line of defence holds on its own. Variables, {@code execution} and the model
 * beans work; reflection, the engine's services (as beans or through {@code execution}) and any
 * other bean do not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelExpressionManagerTest {

  private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
  private ProcessEngine engine;

  /** A model bean: what a delegate or helper offers models. */
  public static class Helper {
    public int twice(int value) {
      return 2 * value;
    }
  }

  @BeforeAll
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:expressions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEngineName("expressions-" + System.nanoTime());
    configuration.setExpressionManager(new ModelExpressionManager(beans, () -> Set.of("helper")));
    engine = configuration.buildProcessEngine();
    beans.registerSingleton("helper", new Helper());
    beans.registerSingleton("identityService", engine.getIdentityService());
    beans.registerSingleton("secret", "not for models");
  }

  @AfterAll
  void closeEngine() {
    engine.close();
  }

  @Test
  void variablesExecutionAndModelBeansWork() {
    assertThat(evaluate("${helper.twice(21)}")).isEqualTo(42);
    assertThat(evaluate("${n + 1}")).isEqualTo(2L);
    assertThat(evaluate("${execution.getVariable('n')}")).isEqualTo(1);
    assertThat(evaluate("${execution.processInstanceId != null}")).isEqualTo(true);
    assertThat(evaluate("${text.length()}")).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).availableProcessors()}",
        "${''.class.name}",
        "${''['class']}",
        "${text['getClass']()}",
        "${helper.getClass().getClassLoader()}",
        "${execution.getProcessEngineServices().getIdentityService().createUserQuery().count()}",
        "${execution.processEngineServices.identityService}",
        "${execution.getProcessEngine().getAuthorizationService()}",
        "${execution.processInstance.processEngineServices}",
      })
  void reflectionAndTheEngineAreRefused(String expression) {
    assertThatThrownBy(() -> evaluate(expression))
        .isInstanceOf(ProcessEngineException.class)
        .hasStackTraceContaining("out of models' reach");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${identityService.createUserQuery().count()}", "${secret}"})
  void beansThatAreNotModelBeansDoNotResolve(String expression) {
    assertThatThrownBy(() -> evaluate(expression))
        .isInstanceOf(ProcessEngineException.class)
        .hasStackTraceContaining("Cannot resolve identifier");
  }

  /** Runs the expression as a service task's and returns its result. */
  private Object evaluate(String expression) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("check")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask()
            .camundaExpression(expression)
            .camundaResultVariable("result")
            .userTask()
            .endEvent()
            .done();
    engine.getRepositoryService().createDeployment().addModelInstance("check.bpmn", model).deploy();
    String instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("check", Map.of("n", 1, "text", "hello"))
            .getId();
    return engine.getRuntimeService().getVariable(instance, "result");
  }
}
