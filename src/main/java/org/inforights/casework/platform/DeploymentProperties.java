package org.inforights.casework.platform;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What {@link ProcessModelDeployer} deploys: resource patterns ({@code classpath*:processes/*.bpmn})
 * whose folder part becomes the resource name's prefix, and the deployment name that duplicate
 * filtering compares against. And who else may deploy: {@code analysts-may-deploy} lets analysts
 * deploy model changes to the running system (a test system); off, a live system's models come from
 * the released jar, and only administrators can deploy beside it ({@link AuthorizationSetup}).
 */
@ConfigurationProperties("casework.deployment")
record DeploymentProperties(String name, List<String> locations, boolean analystsMayDeploy) {

  DeploymentProperties {
    name = name == null || name.isBlank() ? "inforights-casework" : name;
    locations = locations == null ? List.of() : List.copyOf(locations);
  }
}
