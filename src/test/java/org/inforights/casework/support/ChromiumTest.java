package org.inforights.casework.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

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
      ConditionEvaluationResult decision = Chromium.decide(MISSING, requirement, "BrowserJourneysIT");

      assertThat(decision.isDisabled()).as("casework.browser-tests=%s", requirement).isTrue();
      assertThat(decision.getReason()).hasValueSatisfying(reason -> assertThat(reason)
          .startsWith("SKIPPED BrowserJourneysIT")
          .contains("/nonexistent/chromium", "apt-get install -y chromium")
          .doesNotContain("\n"));
    }
  }

  @Test
  void whenTheBuildRequiresThemAMissingChromiumFailsTheBrowserTests() {
    assertThatThrownBy(() -> Chromium.decide(MISSING, "required", "BrowserJourneysIT"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nonexistent/chromium")
        .hasMessageContaining("apt-get install -y chromium");
  }

  @Test
  void aMisspeltRequirementIsAMistakeNotASkip() {
    assertThatThrownBy(() -> Chromium.decide(MISSING, "requried", "BrowserJourneysIT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("casework.browser-tests");
  }

  @Test
  void aChromiumThatIsThereRunsTheTestsRequiredOrNot(@TempDir Path dir) throws IOException {
    Path chromium =
        Files.createFile(dir.resolve("chromium"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));

    assertThat(Chromium.decide(chromium, "required", "BrowserJourneysIT").isDisabled()).isFalse();
    assertThat(Chromium.decide(chromium, null, "BrowserJourneysIT").isDisabled()).isFalse();
  }
}
