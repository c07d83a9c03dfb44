package org.inforights.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}
