package org.inforights.casework;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The package layout tells the architecture; these rules keep it telling the truth. */
@AnalyzeClasses(packages = "org.inforights.casework", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featuresDoNotDependOnEachOtherInCycles =
      slices().matching("org.inforights.casework.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theStatutoryClockIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("org.inforights.casework.deadline")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.camunda..", "jakarta.persistence..", "org.inforights.casework.casefile..");

  @ArchTest
  static final ArchRule theCaseFileKnowsNothingOfTheProcessesOrTheWeb =
      noClasses()
          .that()
          .resideInAPackage("..casefile..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.inforights.casework.sar..", "org.inforights.casework.disclosure..",
              "org.inforights.casework.api..");

  // The case file is a module with an API (docs/decisions.md, "The case file is a module"): other
  // features change a case through CaseFileService, read it through CaseFileQueries or the case
  // file's own getters, and never reach its repositories.

  /** A call to a method of the case file entity that answers nothing: a change of the case. */
  private static final DescribedPredicate<JavaMethodCall> A_CHANGE_OF_THE_CASE_FILE =
      DescribedPredicate.describe(
          "a method of the case file entity that changes it",
          call -> call.getTargetOwner().getSimpleName().equals("CaseFile")
              && call.getTargetOwner().getPackageName().endsWith(".casefile")
              && call.getTarget().getRawReturnType().isEquivalentTo(void.class));

  @ArchTest
  static final ArchRule otherFeaturesChangeACaseFileOnlyThroughItsServices =
      noClasses()
          .that()
          .resideOutsideOfPackage("..casefile..")
          .should()
          .callMethodWhere(A_CHANGE_OF_THE_CASE_FILE)
          .because("a case changes through CaseFileService, in one transaction, with its deadline events");

  @ArchTest
  static final ArchRule theCaseFilesPublicMethodsOnlyRead =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .haveSimpleName("CaseFile")
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("..casefile..")
          .and()
          .arePublic()
          .should()
          .notHaveRawReturnType(void.class)
          .because("the entity's changes are package-private: CaseFileService is the way to change a case");

  @ArchTest
  static final ArchRule otherFeaturesDoNotReachTheCaseFilesRepositories =
      noClasses()
          .that()
          .resideOutsideOfPackage("..casefile..")
          .should()
          .dependOnClassesThat(resideInAPackage("..casefile..").and(simpleNameEndingWith("Repository")))
          .because("other features read cases through CaseFileQueries, which keeps the queries the module's own");

  /**
   * The classes that may use the engine's internals ({@code org.camunda.bpm.engine.impl}), and why:
   * each is a place where Camunda offers no public API for what the class does. Anything else uses
   * the engine's public API; a class added here says why it cannot. The rule sees the types a
   * class's bytecode names (fields, signatures, calls, casts); a local variable's type it does not:
   * SystemActions holds the engine's {@code Authentication} only in one, and is not listed.
   */
  static final Map<String, String> ENGINE_INTERNALS_ALLOWED = Map.ofEntries(
      entry("org.inforights.casework.platform.CaseworkEnginePlugin", "an engine plugin: the plugin SPI is in impl.cfg"),
      entry("org.inforights.casework.platform.TaskGuardPlugin", "an engine plugin"),
      entry("org.inforights.casework.deadline.process.DeadlineEnginePlugin", "an engine plugin and its incident handler"),
      entry("org.inforights.casework.platform.EveryUserTask", "a BPMN parse listener: the parse SPI is in impl.bpmn"),
      entry("org.inforights.casework.platform.CompactIds", "the engine's id generator SPI (impl.cfg.IdGenerator)"),
      entry("org.inforights.casework.platform.PersonalDataFreeHistory", "a custom history level (impl.history)"),
      entry("org.inforights.casework.platform.DeletedUserGrants", "a command interceptor (impl.interceptor)"),
      entry("org.inforights.casework.platform.UserErrorInterceptor", "a command interceptor (impl.interceptor)"),
      entry("org.inforights.casework.platform.UserVariableGuard", "a command interceptor that reads the commands"),
      entry("org.inforights.casework.platform.TaskAssignmentGuard", "a task listener on the task entity"),
      entry("org.inforights.casework.platform.FormSubmissionCheck", "a task listener on the task entity"),
      entry("org.inforights.casework.platform.IdentitySetup", "hashes seeded users' passwords as the engine does"),
      entry("org.inforights.casework.platform.TimeConfiguration", "the engine's clock (impl.util.ClockUtil)"),
      entry("org.inforights.casework.platform.CurrentUser",
          "IdentityService's current authentication is an impl.identity.Authentication"),
      entry("org.inforights.casework.platform.FormInput",
          "FormFieldValidationException is the one error Tasklist shows on the form"),
      entry("org.inforights.casework.platform.UserErrorLogging", "recognises a FormFieldValidationException"),
      entry("org.inforights.casework.platform.EngineRestConflicts", "answers a FormFieldValidationException with a 400"),
      entry("org.inforights.casework.deadline.process.ProcessDeadlines",
          "finds a process's tasks through the running command inside the engine"),
      entry("org.inforights.casework.platform.modelrules.ModelExpressionManager", "the engine's expression manager SPI"),
      entry("org.inforights.casework.platform.modelrules.ModelExpressionGuard", "inspects expressions the engine parses"),
      entry("org.inforights.casework.platform.modelrules.HouseRulesDeployer", "checks models as the engine deploys them"),
      entry("org.inforights.casework.operations.CaseHistoryKeptWithTheCase",
          "an engine plugin setting the history removal time provider (impl.history)"));

  private static final DescribedPredicate<JavaClass> ALLOWED_ENGINE_INTERNALS =
      DescribedPredicate.describe(
          "allowed to use the engine's internals",
          javaClass -> ENGINE_INTERNALS_ALLOWED.containsKey(javaClass.getName().replaceAll("\\$.*", "")));

  @ArchTest
  static final ArchRule engineInternalsOnlyWhereTheEngineOffersNoPublicApi =
      noClasses()
          .that(are(not(ALLOWED_ENGINE_INTERNALS)))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda.bpm.engine.impl..")
          .because("the engine's internals change between versions without notice; see ENGINE_INTERNALS_ALLOWED");

  /** The allow-list stays true: a class that no longer needs the engine's internals leaves it. */
  @Test
  void everyClassAllowedTheEngineInternalsStillUsesThem() {
    JavaClasses main = new ClassFileImporter()
        .withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages("org.inforights.casework");
    assertThat(ENGINE_INTERNALS_ALLOWED.keySet()).allSatisfy(name -> assertThat(
            main.stream()
                .filter(javaClass -> javaClass.getName().equals(name) || javaClass.getName().startsWith(name + "$"))
                .flatMap(javaClass -> javaClass.getDirectDependenciesFromSelf().stream())
                .anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("org.camunda.bpm.engine.impl")))
        .as(name + " still uses the engine's internals")
        .isTrue());
  }

  /** The module rules fail on code that breaks them, and only on that code. */
  @Nested
  class TheModuleRulesCatchAViolation {

    private final JavaClasses fixture =
        new ClassFileImporter().importPackages("org.inforights.casework.archfixture");

    @Test
    void aCaseFileChangedFromAnotherFeature() {
      EvaluationResult result = otherFeaturesChangeACaseFileOnlyThroughItsServices.evaluate(fixture);

      assertThat(result.hasViolation()).isTrue();
      assertThat(result.getFailureReport().getDetails())
          .singleElement()
          .asString()
          .contains("ClosesCasesBehindTheModulesBack.close(", "CaseFile.close()");
    }

    @Test
    void aPublicChangeOnTheCaseFile() {
      EvaluationResult result = theCaseFilesPublicMethodsOnlyRead.evaluate(fixture);

      assertThat(result.getFailureReport().getDetails()).singleElement().asString().contains("CaseFile.close()");
    }

    @Test
    void theRepositoryReachedFromAnotherFeature() {
      EvaluationResult result = otherFeaturesDoNotReachTheCaseFilesRepositories.evaluate(fixture);

      assertThat(result.hasViolation()).isTrue();
      assertThat(result.getFailureReport().getDetails())
          .allSatisfy(line -> assertThat(line).contains("ClosesCasesBehindTheModulesBack"))
          .anySatisfy(line -> assertThat(line).contains("CaseFileRepository"));
    }

    @Test
    void theEngineInternalsUsedOutsideTheAllowList() {
      EvaluationResult result = engineInternalsOnlyWhereTheEngineOffersNoPublicApi.evaluate(fixture);

      assertThat(result.getFailureReport().getDetails())
          .singleElement()
          .asString()
          .contains("ClosesCasesBehindTheModulesBack", "org.camunda.bpm.engine.impl.util.ClockUtil");
    }
  }
}
