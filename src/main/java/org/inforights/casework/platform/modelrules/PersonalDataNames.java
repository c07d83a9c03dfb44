package org.inforights.casework.platform.modelrules;

/**
 * How a model's variable names say they hold personal data, so that the engine's history never
 * keeps it: a start form's fields begin {@code intake…} (turned into the case file at registration
 * and removed from the process), a task form's free text about people begins {@code personal…}
 * (moved into the case file by the task's listener). The history level leaves both out; the build
 * checks the models and forms against the first rule.
 */
public final class PersonalDataNames {

  /** A start form's field: personal data on its way into the case file. */
  public static final String INTAKE_PREFIX = "intake";
  /** A task form's free text about people: kept in the case file, not in the process. */
  public static final String PERSONAL_PREFIX = "personal";

  private PersonalDataNames() {}
}
