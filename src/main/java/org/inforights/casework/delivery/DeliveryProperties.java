package org.inforights.casework.delivery;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Secure delivery of response packs; set under {@code casework.delivery.*}.
 *
 * @param codeRoute       how the one-time code reaches the requester: {@code second-email} (default)
 *                        or {@code letter}, printed for the officer to post
 * @param availableDays   how many days a link offers the pack (default 30)
 * @param publicUrl       the address requesters reach the application at, for the link in the
 *                        e-mail (default {@code http://localhost:8080})
 * @param maxWrongCodes   wrong codes after which a link locks (default 5)
 * @param wrongPerClient  wrong codes or unknown links one client address may try within the
 *                        window before it is answered 429 (default 20)
 * @param window          how long a client's failures are counted (default 15 minutes)
 */
@ConfigurationProperties("casework.delivery")
record DeliveryProperties(
    @DefaultValue("second-email") CodeRoute codeRoute,
    @DefaultValue("30") int availableDays,
    @DefaultValue("http://localhost:8080") URI publicUrl,
    @DefaultValue("5") int maxWrongCodes,
    @DefaultValue("20") int wrongPerClient,
    @DefaultValue("PT15M") Duration window) {

  DeliveryProperties {
    if (availableDays < 1 || availableDays > 366) {
      throw new IllegalArgumentException("casework.delivery.available-days must be between 1 and 366, not " + availableDays);
    }
    if (maxWrongCodes < 1) {
      throw new IllegalArgumentException("casework.delivery.max-wrong-codes must be at least 1");
    }
    if (wrongPerClient < 1) {
      throw new IllegalArgumentException("casework.delivery.wrong-per-client must be at least 1");
    }
  }
}
