package org.inforights.casework.platform;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Camunda's full history, except for start-form fields named {@code intake…}: they carry a
 * requester's and a child's personal data for the moment it takes to turn them into a case file,
 * and must leave no trace in the engine's history tables. Submitted form fields are not kept as
 * form-property history either (the engine gives no field name to filter on); every submitted
 * value outside the intake stays in the variable history.
 */
class PersonalDataFreeHistory implements HistoryLevel {

  static final String NAME = "casework-full";
  static final String INTAKE_PREFIX = org.inforights.casework.platform.modelrules.PersonalDataNames.INTAKE_PREFIX;
  static final String PERSONAL_PREFIX = org.inforights.casework.platform.modelrules.PersonalDataNames.PERSONAL_PREFIX;

  @Override
  public int getId() {
    return 31;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      return false;
    }
    if (entity instanceof VariableInstance variable
        && variable.getName() != null
        && (variable.getName().startsWith(INTAKE_PREFIX) || variable.getName().startsWith(PERSONAL_PREFIX))) {
      return false;
    }
    return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }
}
