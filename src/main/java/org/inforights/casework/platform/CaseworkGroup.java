package org.inforights.casework.platform;

import java.util.Arrays;
import java.util.List;

/** The Camunda groups users work in; the ids are the candidate groups of the models. */
public enum CaseworkGroup {
  IG_OFFICERS("ig-officers", "Information governance officers", "officer"),
  RECORD_OWNERS("record-owners", "Record owners", "owner"),
  IG_MANAGERS("ig-managers", "Information governance managers", "manager"),
  DPO("dpo", "Data Protection Officer", "dpo"),
  CALDICOTT_GUARDIAN("caldicott-guardian", "Caldicott Guardian", "guardian"),
  /** The out-of-hours (emergency duty) team: registers and shares urgent safeguarding requests at night. */
  OUT_OF_HOURS("out-of-hours", "Out-of-hours safeguarding team", "duty"),
  ANALYSTS("analysts", "Process analysts", "analyst"),
  ADMINS("camunda-admin", "System administrators", "admin");

  /** Group ids as constants, for annotations and security rules. */
  public static final String OFFICERS_ID = "ig-officers";
  public static final String MANAGERS_ID = "ig-managers";
  public static final String ADMINS_ID = "camunda-admin";

  private final String id;
  private final String displayName;
  private final String demoUser;

  CaseworkGroup(String id, String displayName, String demoUser) {
    this.id = id;
    this.displayName = displayName;
    this.demoUser = demoUser;
  }

  public String id() {
    return id;
  }

  String displayName() {
    return displayName;
  }

  /** The demo profile's user in this group (password = user name). */
  String demoUser() {
    return demoUser;
  }

  /** Groups whose members work cases in Tasklist. */
  static List<CaseworkGroup> caseWorking() {
    return List.of(IG_OFFICERS, RECORD_OWNERS, IG_MANAGERS, DPO, CALDICOTT_GUARDIAN, OUT_OF_HOURS);
  }

  /** The ids of the groups whose members work cases in Tasklist. */
  public static List<String> caseWorkingIds() {
    return ids(caseWorking());
  }

  static List<String> ids(List<CaseworkGroup> groups) {
    return groups.stream().map(CaseworkGroup::id).toList();
  }

  static List<CaseworkGroup> all() {
    return Arrays.asList(values());
  }
}
