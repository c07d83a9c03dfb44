package org.inforights.casework.disclosure;

import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.CaseFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a disclosure request and starts its process in the same transaction, the case
 * reference as business key: never a request without a process or a process without a request.
 */
@Service
class DisclosureIntake {

  private final DisclosureCases disclosures;
  private final RuntimeService runtimeService;

  DisclosureIntake(DisclosureCases disclosures, RuntimeService runtimeService) {
    this.disclosures = disclosures;
    this.runtimeService = runtimeService;
  }

  @Transactional
  CaseFile registerAndStart(NewDisclosureRequest request) {
    CaseFile file = disclosures.register(request);
    runtimeService
        .createProcessInstanceByKey(DisclosureProcess.KEY)
        .businessKey(file.reference())
        .setVariable(DisclosureProcess.CASE_REFERENCE, file.reference())
        .execute();
    return file;
  }
}
