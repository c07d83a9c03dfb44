package org.inforights.casework.archfixture.sar;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.inforights.casework.archfixture.casefile.CaseFile;
import org.inforights.casework.archfixture.casefile.CaseFileRepository;

/** Breaks every module rule at once, for {@code ArchitectureTest} to prove it notices. */
public class ClosesCasesBehindTheModulesBack {

  private final CaseFileRepository repository;

  public ClosesCasesBehindTheModulesBack(CaseFileRepository repository) {
    this.repository = repository;
  }

  public Date close(String reference) {
    repository.findByReference(reference).close();
    return ClockUtil.getCurrentTime();
  }
}
