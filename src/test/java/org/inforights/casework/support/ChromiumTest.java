package org.inforights.casework.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A machine without Chromium fails the browser tests and says how to install it. */
class ChromiumTest {

  @Test
  void aMissingChromiumFailsWithTheInstallCommand() {
    assertThatThrownBy(() -> Chromium.start(Path.of("/nonexistent/chromium")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nonexistent/chromium")
        .hasMessageContaining("apt-get install -y chromium");
  }
}
