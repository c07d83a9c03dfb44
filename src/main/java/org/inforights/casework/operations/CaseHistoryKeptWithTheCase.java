package org.inforights.casework.operations;

import java.util.Arrays;
import java.util.Date;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.DefaultHistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.inforights.casework.casefile.CaseType;
import org.springframework.stereotype.Component;

/**
 * A case's engine history lives exactly as long as its case file: it is erased with the case by the
 * retention sweep ({@link EngineHistoryErasure}), at the end of the case's retention class (six
 * years from closing, a child's 25th birthday, a care record's life) and never while a legal hold
 * lies on it. Camunda's history cleanup must therefore not remove it earlier on its own clock: a
 * process whose business key is a case reference (the case's process, its breach review, its
 * internal review, and the processes they call, which share their root's removal time) gets no
 * removal time. Processes without a case (the digest, the sweep) keep the removal time their
 * model's {@code camunda:historyTimeToLive} gives, so the retention schedule is stated once, in
 * {@code casework.retention.*}, for everything that concerns a case.
 */
@Component
class CaseHistoryKeptWithTheCase extends AbstractProcessEnginePlugin {

  /** {@code SAR-2026-00042}, {@code DIS-2026-00007}: what {@code CaseReferences} hands out. */
  static final Pattern CASE_REFERENCE =
      Pattern.compile("(" + Arrays.stream(CaseType.values()).map(CaseType::prefix).collect(Collectors.joining("|"))
          + ")-\\d{4}-\\d{5,}");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryRemovalTimeProvider(new RemovalTimes());
  }

  static boolean isCase(String businessKey) {
    return businessKey != null && CASE_REFERENCE.matcher(businessKey).matches();
  }

  private static final class RemovalTimes extends DefaultHistoryRemovalTimeProvider {
    @Override
    public Date calculateRemovalTime(HistoricProcessInstanceEventEntity instance, ProcessDefinition definition) {
      return isCase(instance.getBusinessKey()) ? null : super.calculateRemovalTime(instance, definition);
    }
  }
}
