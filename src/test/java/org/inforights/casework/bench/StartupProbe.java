package org.inforights.casework.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inforights.casework.support.Api;

/**
 * Start-up as an administrator sees it: the packaged jar in a child JVM, timed from launching the
 * JVM to Tasklist answering, then stopped as a service manager stops it.
 */
final class StartupProbe {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private StartupProbe() {}

  /** Seconds from launching {@code java -jar} on {@code db} to Tasklist answering 200. */
  static double secondsToTasklist(BenchDatabase.Db db, Path logFile) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m",
        "-jar",
        jar().getAbsolutePath(),
        "--server.port=" + port,
        "--spring.datasource.url=" + db.url(),
        "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + db.password(),
        "--casework.demo.cases=false",
        "--casework.letters.outbox-dir=" + logFile.getParent().resolve("outbox").toAbsolutePath()));
    Files.createDirectories(logFile.getParent());
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    try {
      Api api = Api.at(port);
      long deadline = launched + Duration.ofMinutes(4).toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The jar stopped while starting; see " + logFile);
        }
        try {
          HttpResponse<String> answer = api.get(TASKLIST);
          if (answer.statusCode() == 200) {
            return (System.nanoTime() - launched) / 1e9;
          }
        } catch (RuntimeException notYet) {
          // not listening yet
        }
        Thread.sleep(50);
      }
      throw new IllegalStateException("Tasklist did not answer within 4 minutes; see " + logFile);
    } finally {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  static File jar() {
    File[] jars =
        new File("target").listFiles((dir, file) -> file.matches("casework-.*\\.jar") && !file.endsWith("-plain.jar"));
    if (jars == null || jars.length != 1) {
      throw new IllegalStateException("Expected the packaged jar in target/ (run through Maven's verify phase)");
    }
    return jars[0];
  }
}
