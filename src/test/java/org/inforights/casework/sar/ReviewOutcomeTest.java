package org.inforights.casework.sar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewOutcomeTest {

  @Test
  void eachOutcomeCarriesExactlyItsOwnFindingParagraph() {
    assertThat(ReviewOutcome.of("UPHELD").letterFields())
        .isEqualTo(Map.of("upheld", true, "partlyUpheld", false, "notUpheld", false));
    assertThat(ReviewOutcome.of("PARTLY_UPHELD").letterFields())
        .isEqualTo(Map.of("upheld", false, "partlyUpheld", true, "notUpheld", false));
    assertThat(ReviewOutcome.of("NOT_UPHELD").letterFields())
        .isEqualTo(Map.of("upheld", false, "partlyUpheld", false, "notUpheld", true));
  }

  @Test
  void anOutcomeTheFormDoesNotOfferIsAFaultNotALetterWithoutAFinding() {
    assertThatThrownBy(() -> ReviewOutcome.of("MAYBE")).hasMessageContaining("MAYBE");
    assertThatThrownBy(() -> ReviewOutcome.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
