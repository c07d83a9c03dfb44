package org.inforights.casework.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in {@code processes/} and the forms in {@code forms/} at start-up.
 *
 * <p>Camunda's own auto-deployment names a resource after where it was found, which differs
 * between a class folder (IDE, tests) and a jar, so the same files would look new after a switch.
 * Here every resource is named {@code <folder>/<file>} wherever it comes from, and the whole set is
 * deployed together with duplicate filtering: a start with nothing changed deploys nothing, and a
 * change to any file deploys the whole set again, so {@code camunda:formRefBinding="deployment"}
 * always finds the forms of its own deployment.
 */
@Component
class ProcessModelDeployer implements InitializingBean {

  static final String SOURCE = "inforights-casework";
  private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;
  private final DeploymentProperties properties;

  ProcessModelDeployer(
      RepositoryService repositoryService,
      ResourcePatternResolver resolver,
      DeploymentProperties properties) {
    this.repositoryService = repositoryService;
    this.resolver = resolver;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    deploy();
  }

  /** Deploys the set if anything in it changed; returns the new deployment, or null if none. */
  Deployment deploy() {
    Map<String, Resource> resources = resources();
    if (resources.isEmpty()) {
      log.info("No process models or forms found in {}", properties.locations());
      return null;
    }
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(properties.name())
            .source(SOURCE)
            .enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> builder.addInputStream(name, read(resource)));
    Deployment previous =
        repositoryService
            .createDeploymentQuery()
            .deploymentName(properties.name())
            .orderByDeploymentTime()
            .desc()
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    Deployment deployment = builder.deploy();
    if (previous != null && previous.getId().equals(deployment.getId())) {
      log.info("Process models and forms unchanged ({} resources): nothing deployed", resources.size());
      return null;
    }
    log.info("Deployed {} resources as deployment {}", resources.size(), deployment.getId());
    return deployment;
  }

  /** The resources to deploy, keyed by their location-independent name. */
  Map<String, Resource> resources() {
    Map<String, Resource> byName = new TreeMap<>();
    for (String location : properties.locations()) {
      String folder = folderOf(location);
      try {
        for (Resource resource : resolver.getResources(location)) {
          if (resource.isReadable() && resource.getFilename() != null) {
            String name = folder + resource.getFilename();
            Resource clash = byName.putIfAbsent(name, resource);
            if (clash != null && !clash.equals(resource)) {
              throw new IllegalStateException(
                  "Two resources would be deployed as " + name + ": " + clash + " and " + resource);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + location, e);
      }
    }
    return byName;
  }

  /** {@code classpath*:processes/*.bpmn} → {@code processes/}. */
  static String folderOf(String location) {
    String path = location.substring(location.indexOf(':') + 1);
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  private static InputStream read(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
