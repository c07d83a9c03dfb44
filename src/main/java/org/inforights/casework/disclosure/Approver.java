package org.inforights.casework.disclosure;

import java.util.Arrays;

/**
 * The approvers the routing table names ({@code approvals}, in order), and the Camunda group whose
 * members decide at that step.
 */
enum Approver {
  OFFICER("ig-officers"),
  MANAGER("ig-managers"),
  CALDICOTT_GUARDIAN("caldicott-guardian"),
  DPO("dpo");

  private final String group;

  Approver(String group) {
    this.group = group;
  }

  String group() {
    return group;
  }

  static Approver ofGroup(String group) {
    return Arrays.stream(values())
        .filter(approver -> approver.group.equals(group))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No approver step for group " + group));
  }
}
