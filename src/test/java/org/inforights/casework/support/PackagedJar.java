package org.inforights.casework.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/casework-*.jar}, built by Maven's package phase before the
 * failsafe tests and the benchmark run) started in a child JVM on a free port, as an operator
 * would start it, with its output in a log file. {@link #close()} stops it as a service manager
 * would; {@link #kill()} is SIGKILL, as a crash or the OOM killer would.
 */
public final class PackagedJar implements AutoCloseable {

  /** The readiness probe a load balancer asks: database and engine up. */
  public static final String READINESS = "/actuator/health/readiness";

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;
  private final long launchedAt;
  private double secondsToReady;

  private PackagedJar(String name, Process process, int port, Path log, long launchedAt) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
    this.launchedAt = launchedAt;
  }

  /** A jar to start; {@code name} names its log, {@code target/<name>.log} unless told otherwise. */
  public static Launch named(String name) {
    return new Launch(name);
  }

  /** How to start one jar. */
  public static final class Launch {
    private final String name;
    private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m"));
    private final List<String> arguments = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private Path log;
    private String readyPath = READINESS;
    /** Long enough for a start on a busy 2-core build machine. */
    private final Duration startTimeout = Duration.ofMinutes(4);
    private long pollMillis = 500;

    private Launch(String name) {
      this.name = name;
      this.log = Path.of("target", name + ".log");
    }

    public Launch jvmOptions(String... options) {
      jvmOptions.addAll(List.of(options));
      return this;
    }

    /** Spring Boot arguments, {@code --property=value}. */
    public Launch arguments(String... more) {
      arguments.addAll(List.of(more));
      return this;
    }

    public Launch environment(String variable, String value) {
      environment.put(variable, value);
      return this;
    }

    public Launch log(Path file) {
      this.log = file;
      return this;
    }

    /** Up when a GET of {@code path} answers 200 (the readiness probe unless told otherwise). */
    public Launch readyWhen(String path, Duration pollEvery) {
      this.readyPath = path;
      this.pollMillis = pollEvery.toMillis();
      return this;
    }

    /** Starts the jar and waits until it is up; a jar that does not come up is stopped. */
    public PackagedJar start() throws Exception {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.add("-jar");
      command.add(file().getAbsolutePath());
      command.add("--server.port=" + port);
      command.addAll(arguments);
      if (log.getParent() != null) {
        Files.createDirectories(log.getParent());
      }
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      long launchedAt = System.nanoTime();
      PackagedJar jar = new PackagedJar(name, builder.start(), port, log, launchedAt);
      try {
        jar.awaitUp(readyPath, startTimeout, pollMillis);
      } catch (Exception | AssertionError notUp) {
        jar.process.destroyForcibly(); // never leave a child JVM behind
        throw notUp;
      }
      return jar;
    }
  }

  /** The packaged jar in {@code target/}. */
  public static File file() {
    File[] jars =
        new File("target").listFiles((dir, file) -> file.matches("casework-.*\\.jar") && !file.endsWith("-plain.jar"));
    if (jars == null || jars.length != 1) {
      throw new IllegalStateException(
          "Expected exactly one packaged jar in target/ (run through Maven's package phase, e.g. ./mvnw verify)");
    }
    return jars[0];
  }

  public Api api() {
    return Api.at(port);
  }

  public int port() {
    return port;
  }

  public String log() throws IOException {
    return Files.readString(log);
  }

  /** Seconds from launching the JVM to the first 200 from the ready path. */
  public double secondsToReady() {
    return secondsToReady;
  }

  /** SIGKILL: no shutdown hooks, nothing flushed, the node's job locks left in the database. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private void awaitUp(String path, Duration timeout, long pollMillis) throws Exception {
    long deadline = launchedAt + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting:\n" + log());
      }
      try {
        if (api().get(path).statusCode() == 200) {
          secondsToReady = (System.nanoTime() - launchedAt) / 1e9;
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(pollMillis);
    }
    throw new IllegalStateException(name + " did not start within " + timeout + ":\n" + log());
  }
}
