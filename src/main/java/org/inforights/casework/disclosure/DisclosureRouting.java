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
  Target initialTarget(Map<String, Object> facts) {
    DmnDecisionResult result =
        systemActions.call(
            () -> decisionService.evaluateDecisionByKey(DisclosureProcess.ROUTING_DECISION).variables(facts).evaluate());
    if (result.isEmpty() || result.getFirstResult().get(DisclosureProcess.TARGET_WORKING_DAYS) == null) {
      return new Target(properties.fallbackTargetWorkingDays(), null);
    }
    Map<String, Object> row = result.getFirstResult();
    return new Target(target(row.get(DisclosureProcess.TARGET_WORKING_DAYS)), hours(row.get(DisclosureProcess.TARGET_HOURS)));
  }

  /**
   * A target: working days, or for urgent work hours of calendar time (then the working days are
   * only what the case falls back to should the hours be taken away).
   */
  record Target(int workingDays, Integer hours) {}

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

  /** The table's target in hours, or null when the row counts in working days. */
  static Integer hours(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    int hours = value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().strip());
    if (hours <= 0) {
      throw new IllegalStateException("The routing's target in hours must be more than zero: " + hours);
    }
    return hours;
  }

  static int target(Object value) {
    int days = value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().strip());
    if (days < 0) {
      throw new IllegalStateException("The routing's target must not be negative: " + days);
    }
    return days;
  }
}
