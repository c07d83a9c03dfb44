package org.inforights.casework.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.inforights.casework.platform.SystemActions;
import org.springframework.stereotype.Component;

/**
 * What the routing table ({@code processes/disclosure-routing.dmn}) decided, in the terms the
 * process needs: the Camunda groups that approve, in order, whether a DPIA is needed, and the
 * target. The table is the analysts'; this class only reads its outputs.
 */
@Component
class DisclosureRouting {

  private final DecisionService decisionService;
  private final SystemActions systemActions;
  private final DisclosureProperties properties;

  DisclosureRouting(DecisionService decisionService, SystemActions systemActions, DisclosureProperties properties) {
    this.decisionService = decisionService;
    this.systemActions = systemActions;
    this.properties = properties;
  }

  /**
   * The target a new request starts with, from the same table routing will read after triage (the
   * system evaluates it: the officer registering needs no right to the table); the configured
   * fallback when no rule matches.
   */
  int initialTarget(Map<String, Object> facts) {
    DmnDecisionResult result =
        systemActions.call(
            () -> decisionService.evaluateDecisionByKey(DisclosureProcess.ROUTING_DECISION).variables(facts).evaluate());
    if (result.isEmpty() || result.getFirstResult().get(DisclosureProcess.TARGET_WORKING_DAYS) == null) {
      return properties.fallbackTargetWorkingDays();
    }
    return target(result.getFirstResult().get(DisclosureProcess.TARGET_WORKING_DAYS));
  }

  /**
   * The approvers a table row or a manager named ("MANAGER,CALDICOTT_GUARDIAN"), as Camunda groups
   * in the same order. An unknown name is a fault in the table, not the request: it fails loudly so
   * that the step becomes an incident an analyst can see and fix.
   */
  static List<String> approverGroups(Object approvals) {
    String names = approvals == null ? "" : approvals.toString();
    List<String> groups = new ArrayList<>();
    for (String name : names.split(",")) {
      String trimmed = name.strip().toUpperCase(Locale.ROOT);
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        String group = Approver.valueOf(trimmed).group();
        if (!groups.contains(group)) {
          groups.add(group);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("The routing names an unknown approver '" + name.strip()
            + "'; use " + Arrays.toString(Approver.values()));
      }
    }
    if (groups.isEmpty()) {
      throw new IllegalStateException("The routing names no approver: every disclosure needs at least one");
    }
    return groups;
  }

  static int target(Object value) {
    int days = value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().strip());
    if (days < 0) {
      throw new IllegalStateException("The routing's target must not be negative: " + days);
    }
    return days;
  }
}
