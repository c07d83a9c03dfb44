package org.inforights.casework.platform;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Grants each group what its work needs, idempotently at start-up: case-working groups use
 * Tasklist; managers, the DPO and analysts use Cockpit; administrators everything. Tasks
 * themselves are granted by the engine to their candidate groups and assignee.
 */
@Component
@DependsOn("identitySetup")
class AuthorizationSetup implements InitializingBean {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final AuthorizationService authorizationService;
  private final DeploymentProperties deployment;

  AuthorizationSetup(AuthorizationService authorizationService, DeploymentProperties deployment) {
    this.authorizationService = authorizationService;
    this.deployment = deployment;
  }

  @Override
  public void afterPropertiesSet() {
    for (Resources resource : Resources.values()) {
      grant(CaseworkGroup.ADMINS, resource, ANY, Permissions.ALL);
    }
    for (CaseworkGroup group : CaseworkGroup.caseWorking()) {
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grant(group, Resources.FILTER, ANY, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    // Officers and managers register cases: Tasklist start forms and the intake API; the
    // out-of-hours team registers the urgent requests it takes at night from Tasklist.
    for (CaseworkGroup group :
        new CaseworkGroup[] {CaseworkGroup.IG_OFFICERS, CaseworkGroup.IG_MANAGERS, CaseworkGroup.OUT_OF_HOURS}) {
      grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    // Managers and the DPO watch every case's progress and deadlines in Cockpit.
    for (CaseworkGroup group : new CaseworkGroup[] {CaseworkGroup.IG_MANAGERS, CaseworkGroup.DPO}) {
      grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          ANY,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK,
          // with enforce-specific-variable-permission, variable values need these of their own
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
      grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }

    // Analysts read models and history statistics; no case contents: READ_HISTORY gives
    // instances, activities, durations and paths, and without READ_HISTORY_VARIABLE
    // (enforce-specific-variable-permission) no variable value.
    grant(CaseworkGroup.ANALYSTS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(
        CaseworkGroup.ANALYSTS,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY);
    grant(CaseworkGroup.ANALYSTS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(CaseworkGroup.ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.READ);
    // They deploy model changes only where casework.deployment.analysts-may-deploy says so (a test
    // system); a live system's models come from the released jar (docs/decisions.md). Every
    // deployment, an administrator's too, must pass the house rules (modelrules.HouseRulesDeployer).
    if (deployment.analystsMayDeploy()) {
      grant(CaseworkGroup.ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.CREATE);
    } else {
      revoke(CaseworkGroup.ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.CREATE);
    }
  }

  /** Takes a permission back from a group's grant, e.g. after a test system becomes a live one. */
  private void revoke(CaseworkGroup group, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = existingGrant(group, resource, resourceId);
    if (authorization != null && authorization.isPermissionGranted(permission)) {
      authorization.removePermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }

  private Authorization existingGrant(CaseworkGroup group, Resource resource, String resourceId) {
    return authorizationService
        .createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group.id())
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }

  private void grant(CaseworkGroup group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = existingGrant(group, resource, resourceId);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group.id());
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean missing = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
