package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ProcessModelDeployerTest {

  private static final List<String> LOCATIONS =
      List.of("classpath*:processes/*.bpmn", "classpath*:forms/*.form");

  @TempDir Path temp;
  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:deployer-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEngineName("deployer-" + System.nanoTime());
    engine = configuration.buildProcessEngine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void resourcesAreNamedAlikeFromAFolderAndFromAJar() throws IOException {
    Path folder = copyFixtures(temp.resolve("classes"));
    Path jar = jarOf(folder, temp.resolve("app.jar"));

    assertThat(deployer(folder).resources().keySet())
        .containsExactly("forms/fixture-review.form", "processes/fixture-review.bpmn")
        .isEqualTo(deployer(jar).resources().keySet());
  }

  @Test
  void restartWithNothingChangedDeploysNothing() throws IOException {
    Path folder = copyFixtures(temp.resolve("classes"));

    Deployment first = deployer(folder).deploy();
    Deployment second = deployer(folder).deploy();

    assertThat(first).isNotNull();
    assertThat(second).isNull();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
  }

  @Test
  void movingFromTheClassFolderToTheJarDeploysNothing() throws IOException {
    Path folder = copyFixtures(temp.resolve("classes"));
    Path jar = jarOf(folder, temp.resolve("app.jar"));

    deployer(folder).deploy();

    assertThat(deployer(jar).deploy()).isNull();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
  }

  @Test
  void changingOneFormRedeploysTheWholeSetSoFormsBindToTheirDeployment() throws IOException {
    Path folder = copyFixtures(temp.resolve("classes"));
    deployer(folder).deploy();

    Path form = folder.resolve("forms/fixture-review.form");
    Files.writeString(form, Files.readString(form).replace("Reviewed", "Checked"));
    Deployment second = deployer(folder).deploy();

    assertThat(second).isNotNull();
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(second.getId()))
        .containsExactlyInAnyOrder("forms/fixture-review.form", "processes/fixture-review.bpmn");
    assertThat(
            engine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("fixture-review")
                .latestVersion()
                .singleResult()
                .getDeploymentId())
        .isEqualTo(second.getId());
  }

  @Test
  void folderOfALocationIsItsPathUpToTheLastSlash() {
    assertThat(ProcessModelDeployer.folderOf("classpath*:processes/*.bpmn")).isEqualTo("processes/");
    assertThat(ProcessModelDeployer.folderOf("classpath*:*.bpmn")).isEmpty();
  }

  private ProcessModelDeployer deployer(Path classpathRoot) throws IOException {
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classpathRoot.toUri().toURL()}, null);
    return new ProcessModelDeployer(
        engine.getRepositoryService(),
        new PathMatchingResourcePatternResolver(loader),
        new DeploymentProperties("test-deployment", LOCATIONS, false));
  }

  private static Path copyFixtures(Path root) throws IOException {
    for (String name : List.of("processes/fixture-review.bpmn", "forms/fixture-review.form")) {
      Path target = root.resolve(name);
      Files.createDirectories(target.getParent());
      try (var in = ProcessModelDeployerTest.class.getResourceAsStream("/deployer/" + name)) {
        Files.copy(in, target);
      }
    }
    return root;
  }

  private static Path jarOf(Path root, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (String folder : List.of("processes/", "forms/")) {
        out.putNextEntry(new JarEntry(folder));
        out.closeEntry();
        try (var files = Files.list(root.resolve(folder))) {
          for (Path path : files.toList()) {
            out.putNextEntry(new JarEntry(folder + path.getFileName()));
            Files.copy(path, out);
            out.closeEntry();
          }
        }
      }
    }
    return jar;
  }
}
