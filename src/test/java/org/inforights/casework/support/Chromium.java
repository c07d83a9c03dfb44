package org.inforights.casework.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The machine's headless Chromium, driven by Playwright. Playwright never downloads a browser of
 * its own here: the build runs with {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} and this launches
 * {@code /usr/bin/chromium} (Debian's package). A machine without it skips the browser tests with one
 * line saying how to install it ({@link Required}), so {@code ./mvnw verify} passes on any machine with Java 17; CI
 * passes {@code -Dcasework.browser-tests=required} ({@code .ci/run}), and then a missing Chromium
 * fails them, so they are never skipped there unnoticed.
 *
 * <p>Chromium runs as root on the build machines, so without its sandbox, and with everything that
 * would reach the internet (updates, sync, QUIC) off and a fresh profile, or a closed network
 * stalls it.
 */
public final class Chromium implements AutoCloseable {

  public static final Path EXECUTABLE = Path.of(System.getProperty("casework.chromium", "/usr/bin/chromium"));

  /** {@code required}: the browser tests fail without Chromium; {@code optional} (the default): skipped. */
  public static final String REQUIREMENT_PROPERTY = "casework.browser-tests";

  private static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage");

  private final Playwright playwright;
  private final BrowserContext profile;
  private final Path profileDir;

  private Chromium(Playwright playwright, BrowserContext profile, Path profileDir) {
    this.playwright = playwright;
    this.profile = profile;
    this.profileDir = profileDir;
  }

  /** Starts the machine's Chromium; fails with the install command when the machine has none. */
  public static Chromium start() {
    return start(EXECUTABLE);
  }

  /**
   * Runs a test class only where Chromium is: {@code @ExtendWith(Chromium.Required.class)}. It is
   * decided before the class starts anything (its application context included), so a skipped
   * class costs nothing.
   */
  public static final class Required implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return decide(EXECUTABLE, System.getProperty(REQUIREMENT_PROPERTY), context.getDisplayName());
    }
  }

  /**
   * Enabled when {@code executable} can be started; otherwise disabled (skipped) with one line
   * naming {@code whatIsSkipped} and the install command, printed too so that it shows in the
   * build's output, or, when {@code requirement} is {@code required}, a failure with the same
   * words. Any other value than {@code required}, {@code optional} or none is a mistake in the
   * build's command line and fails.
   */
  static ConditionEvaluationResult decide(Path executable, String requirement, String whatIsSkipped) {
    String wanted = requirement == null || requirement.isBlank() ? "optional" : requirement.strip();
    if (!wanted.equals("required") && !wanted.equals("optional")) {
      throw new IllegalArgumentException(
          "-D" + REQUIREMENT_PROPERTY + " must be required or optional, not " + requirement);
    }
    if (Files.isExecutable(executable)) {
      return ConditionEvaluationResult.enabled("Chromium is at " + executable);
    }
    if (wanted.equals("required")) {
      throw new IllegalStateException(missing(executable) + " (-D" + REQUIREMENT_PROPERTY + "=required)");
    }
    String skipped = "SKIPPED " + whatIsSkipped + ": " + missing(executable);
    System.err.println(skipped);
    return ConditionEvaluationResult.disabled(skipped);
  }

  private static String missing(Path executable) {
    return "the browser tests need Chromium at " + executable
        + ", which is missing: install it with `apt-get install -y chromium` (Debian/Ubuntu)."
        + " .ci/run does this before the build";
  }

  static Chromium start(Path executable) {
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(missing(executable));
    }
    try {
      Path profileDir = Files.createTempDirectory("casework-chromium-");
      Playwright playwright =
          Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      // a persistent context is what Playwright offers for a --user-data-dir of our own
      BrowserContext profile =
          playwright
              .chromium()
              .launchPersistentContext(
                  profileDir,
                  new BrowserType.LaunchPersistentContextOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(ARGS)
                      .setViewportSize(1440, 900)
                      .setTimeout(60_000));
      return new Chromium(playwright, profile, profileDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new tab with no cookies left from an earlier user: every journey signs in afresh. The
   * persistent profile is one cookie jar, so it is cleared first.
   */
  public Page newPage() {
    profile.pages().forEach(Page::close);
    profile.clearCookies();
    Page page = profile.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  @Override
  public void close() {
    try {
      profile.close();
      playwright.close();
    } finally {
      deleteQuietly(profileDir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("Chromium's temporary profile " + dir + " stays behind: " + e.getMessage());
    }
  }
}
