package org.inforights.casework.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * A machine without Chromium skips the browser tests and says how to install it, unless the build
 * requires them (CI), which then fail with the same words.
 */
class ChromiumTest {

  static final Path MISSING = Path.of("/nonexistent/chromium");

  @Test
  void aMissingChromiumFailsWithTheInstallCommand() {
    assertThatThrownBy(() -> Chromium.start(MISSING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nonexistent/chromium")
        .hasMessageContaining("apt-get install -y chromium");
  }

  @Test
  void withoutChromiumTheBrowserTestsAreSkippedWithOneLineNamingThemAndTheInstallCommand() {
    for (String requirement : new String[] {null, "", "optional"}) {
      assertThatThrownBy(() -> Chromium.requireOrSkip(MISSING, requirement, "BrowserJourneysIT"))
          .as("casework.browser-tests=%s", requirement)
          .isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("SKIPPED BrowserJourneysIT")
          .hasMessageContaining("/nonexistent/chromium")
          .hasMessageContaining("apt-get install -y chromium")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void whenTheBuildRequiresThemAMissingChromiumFailsTheBrowserTests() {
    assertThatThrownBy(() -> Chromium.requireOrSkip(MISSING, "required", "BrowserJourneysIT"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nonexistent/chromium")
        .hasMessageContaining("apt-get install -y chromium");
  }

  @Test
  void aMisspeltRequirementIsAMistakeNotASkip() {
    assertThatThrownBy(() -> Chromium.requireOrSkip(MISSING, "requried", "BrowserJourneysIT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("casework.browser-tests");
  }

  @Test
  void aChromiumThatIsThereRunsTheTestsRequiredOrNot(@TempDir Path dir) throws IOException {
    Path chromium =
        Files.createFile(dir.resolve("chromium"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));

    assertThatCode(() -> Chromium.requireOrSkip(chromium, "required", "BrowserJourneysIT")).doesNotThrowAnyException();
    assertThatCode(() -> Chromium.requireOrSkip(chromium, null, "BrowserJourneysIT")).doesNotThrowAnyException();
  }
}
