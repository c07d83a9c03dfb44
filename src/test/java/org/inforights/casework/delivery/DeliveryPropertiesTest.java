package org.inforights.casework.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The {@code casework.delivery.*} settings as an administrator writes them. */
class DeliveryPropertiesTest {

  @Test
  void theDefaultsAreASecondEmailAndThirtyDays() {
    DeliveryProperties properties = bind(Map.of("casework.delivery.public-url", "https://casework.example"));

    assertThat(properties.codeRoute()).isEqualTo(CodeRoute.SECOND_EMAIL);
    assertThat(properties.availableDays()).isEqualTo(30);
    assertThat(properties.maxWrongCodes()).isEqualTo(5);
    assertThat(properties.window()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theCodeGoesByLetterWhenSaidSo() {
    DeliveryProperties properties =
        bind(Map.of("casework.delivery.code-route", "letter", "casework.delivery.available-days", "14"));

    assertThat(properties.codeRoute()).isEqualTo(CodeRoute.LETTER);
    assertThat(properties.availableDays()).isEqualTo(14);
  }

  @Test
  void aLinkThatWouldNeverWorkIsRefusedAtStart() {
    assertThatThrownBy(() -> bind(Map.of("casework.delivery.available-days", "0")))
        .isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("available-days must be between 1 and 366");
    assertThatThrownBy(() -> bind(Map.of("casework.delivery.code-route", "carrier-pigeon")))
        .isInstanceOf(BindException.class);
  }

  private static DeliveryProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("casework.delivery", DeliveryProperties.class);
  }
}
