package org.inforights.casework.sar;

import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.casefile.Subject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a subject access request as a case file, its statutory dates computed. */
@Service
class SarIntake {

  private final CaseFileService cases;

  SarIntake(CaseFileService cases) {
    this.cases = cases;
  }

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
                request.subject().name().strip(),
                request.subject().dateOfBirth(),
                request.subject().cohort()),
            request.description()));
  }
}
