package org.inforights.casework.platform;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What {@link ProcessModelDeployer} deploys: resource patterns ({@code classpath*:processes/*.bpmn})
 * whose folder part becomes the resource name's prefix, and the deployment name that duplicate
 * filtering compares against.
 */
@ConfigurationProperties("casework.deployment")
record DeploymentProperties(String name, List<String> locations) {

  DeploymentProperties {
    name = name == null || name.isBlank() ? "inforights-casework" : name;
    locations = locations == null ? List.of() : List.copyOf(locations);
  }
}
