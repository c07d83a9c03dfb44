package org.inforights.casework.sar;

import java.time.Clock;
import java.time.LocalDate;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileRepository;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.ClockStopReason;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a few subject access requests at different points of the clock (on track,
 * due soon, overdue, waiting for identity evidence), registered once into an empty database.
 * Names are invented.
 */
@Component
@ConditionalOnExpression("${casework.demo.enabled:false} and ${casework.demo.cases:true}")
class DemoSars implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSars.class);

  private final SarIntake intake;
  private final CaseFileService cases;
  private final CaseFileRepository repository;
  private final Clock clock;

  DemoSars(SarIntake intake, CaseFileService cases, CaseFileRepository repository, Clock clock) {
    this.intake = intake;
    this.cases = cases;
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repository.count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    register(today.minusDays(3), Channel.EMAIL, "Jordan Example", Relationship.SELF, Cohort.CARE_LEAVER);
    register(today.minusDays(26), Channel.DESIGNATED_TEACHER, "Riley Example", Relationship.DESIGNATED_TEACHER,
        Cohort.LOOKED_AFTER);
    register(today.minusDays(40), Channel.POST, "Casey Example", Relationship.PARENT, Cohort.CHILD_IN_NEED);
    CaseFile waiting =
        register(today.minusDays(2), Channel.SOCIAL_WORKER, "Morgan Example", Relationship.REPRESENTATIVE,
            Cohort.LOOKED_AFTER);
    cases.stopClock(waiting.reference(), ClockStopReason.AUTHORITY, today.minusDays(1));
    log.info("Demo profile: registered 4 demo subject access requests");
  }

  private CaseFile register(
      LocalDate receivedOn, Channel channel, String name, Relationship relationship, Cohort cohort) {
    NewSarRequest request =
        new NewSarRequest(
            receivedOn,
            channel,
            new NewSarRequest.Requester(
                relationship == Relationship.SELF ? name : "Requester for " + name,
                "requester@example.org",
                relationship),
            new NewSarRequest.Subject(name, LocalDate.now(clock).minusYears(14), cohort),
            "Demo request");
    return intake.registerAndStart(request);
  }
}
