package org.inforights.casework.sar;

import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.casefile.Subject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a subject access request as a case file and starts its process in the same
 * transaction, the case reference as business key: there is never a case without a process or a
 * process without a case.
 */
@Service
class SarIntake {

  private final CaseFileService cases;
  private final RuntimeService runtimeService;

  SarIntake(CaseFileService cases, RuntimeService runtimeService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  /** Intake through the REST API (or the demo data): the case first, then its process. */
  @Transactional
  CaseFile registerAndStart(NewSarRequest request) {
    CaseFile file = register(request);
    runtimeService
        .createProcessInstanceByKey(SarProcess.KEY)
        .businessKey(file.reference())
        .setVariable(SarProcess.CASE_REFERENCE, file.reference())
        .execute();
    return file;
  }

  /** The case file alone: the process started from Tasklist calls this from its first task. */
  @Transactional
  CaseFile register(NewSarRequest request) {
    return cases.register(
        CaseType.SAR,
        new CaseFileService.NewCase(
            request.receivedOn(),
            request.channel().name(),
            new Requester(
                request.requester().name().strip(),
                request.requester().email(),
                request.requester().relationship()),
            new Subject(
                request.subject().name().strip().replaceAll("\\s+", " "),
                request.subject().dateOfBirth(),
                request.subject().cohort()),
            request.description()));
  }
}
