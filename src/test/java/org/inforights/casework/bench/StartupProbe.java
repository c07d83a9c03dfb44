package org.inforights.casework.bench;

import java.nio.file.Path;
import java.time.Duration;
import org.inforights.casework.support.PackagedJar;

/**
 * Start-up as an administrator sees it: the packaged jar in a child JVM, timed from launching the
 * JVM to Tasklist answering, then stopped as a service manager stops it.
 */
final class StartupProbe {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private StartupProbe() {}

  /** Seconds from launching {@code java -jar} on {@code db} to Tasklist answering 200. */
  static double secondsToTasklist(BenchDatabase.Db db, Path logFile) throws Exception {
    try (PackagedJar jar =
        PackagedJar.named("startup")
            .log(logFile)
            .arguments(
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--casework.demo.cases=false",
                "--casework.letters.outbox-dir=" + logFile.getParent().resolve("outbox").toAbsolutePath())
            .readyWhen(TASKLIST, Duration.ofMillis(50))
            .start()) {
      return jar.secondsToReady();
    }
  }
}
