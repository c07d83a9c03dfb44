package org.inforights.casework.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins a client may make in a window before it is refused with a 429: in all
 * ({@code perClient}), and for any one account ({@code perAccount}).
 */
@ConfigurationProperties("casework.login-throttle")
record LoginThrottleProperties(
    @DefaultValue("20") int perClient,
    @DefaultValue("5") int perAccount,
    @DefaultValue("PT15M") Duration window) {}
