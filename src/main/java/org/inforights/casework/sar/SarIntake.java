package org.inforights.casework.sar;

import org.camunda.bpm.engine.RuntimeService;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.NewSar;
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
public class SarIntake {

  private final CaseFileService cases;
  private final RuntimeService runtimeService;
  private final SarIntermediaryRepository intermediaries;

  SarIntake(CaseFileService cases, RuntimeService runtimeService, SarIntermediaryRepository intermediaries) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.intermediaries = intermediaries;
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
    CaseFile file = cases.registerSar(
        new NewSar(
            request.receivedByCouncilOn(),
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
    if (request.formerNames() != null && !request.formerNames().isEmpty()) {
      cases.addFormerNames(file.reference(), request.formerNames());
    }
    if (request.intermediary() != null) {
      intermediaries.save(new SarIntermediary(file.reference(), request.channel(), request.intermediary()));
    }
    return file;
  }

  /** Who passed the case's request on, as the Case tab shows it; empty when it came directly. */
  @Transactional(readOnly = true)
  public java.util.Optional<IntermediaryView> intermediaryOf(String reference) {
    return intermediaries.findById(reference).map(i -> new IntermediaryView(
        i.channel().name(), i.name(), i.organisation(), i.email(), i.receivedOn()));
  }

  /** Who passed a request on: the channel, their name, school or team, address, the day they received it. */
  public record IntermediaryView(
      String channel, String name, String organisation, String email, java.time.LocalDate receivedOn) {}
}
