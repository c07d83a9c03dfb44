package org.inforights.casework.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.inforights.casework.sar.Exemption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The council's own words: a file in the configured directory replaces the shipped default. */
class PackTextsTest {

  @TempDir Path dir;

  @Test
  void aTextInTheConfiguredDirectoryReplacesTheShippedOneAndTheOthersStay() throws IOException {
    Files.writeString(dir.resolve(PackTexts.ARTICLE_15),
        "# About your information\n\nWe are Exampleshire County Council. Reference {{reference}}.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(PackTexts.EXEMPTION_REASONS), "CRIME=It would help someone avoid arrest.\n",
        StandardCharsets.UTF_8);
    PackTexts configured = new PackTexts(new ResponseProperties(dir, 150));
    PackTexts shipped = new PackTexts(new ResponseProperties(null, 150));

    assertThat(configured.render(PackTexts.ARTICLE_15, Map.of("reference", "SAR-2026-00001")))
        .contains("Exampleshire County Council. Reference SAR-2026-00001.");
    assertThat(shipped.render(PackTexts.ARTICLE_15, Map.of("reference", "SAR-2026-00001")))
        .contains("Department for Education (DfE)", "Article 15(1)(h)", "Article 15(2)");
    assertThat(configured.raw(PackTexts.COVER_LETTER)).isEqualTo(shipped.raw(PackTexts.COVER_LETTER));
    assertThat(configured.plainReason(Exemption.CRIME, configured.reasons())).isEqualTo("It would help someone avoid arrest.");
    assertThat(configured.plainReason(Exemption.SERIOUS_HARM, configured.reasons()))
        .isEqualTo("The law allows this information to be withheld.");
  }

  @Test
  void everyExemptionHasAShippedPlainReason() {
    PackTexts shipped = new PackTexts(new ResponseProperties(null, 150));
    for (Exemption exemption : Exemption.values()) {
      assertThat(shipped.reasons().getProperty(exemption.name())).as(exemption.name()).isNotBlank();
    }
  }
}
