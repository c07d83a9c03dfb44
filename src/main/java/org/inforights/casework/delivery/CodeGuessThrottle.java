package org.inforights.casework.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Slows guessing at the download page from one client address, as the sign-in throttle does for
 * passwords: a client that offered {@code wrong-per-client} wrong codes or unknown links within
 * the window is refused (429) until the window has passed since its latest failure. A link's own
 * lock stops guessing at one link; this stops one client trying many. Counts live in memory, per
 * node; the client is the request's remote address (the proxy's forwarded one behind a proxy).
 */
@Component
class CodeGuessThrottle {

  private final DeliveryProperties properties;
  private final Cache<String, AtomicInteger> failures;

  CodeGuessThrottle(DeliveryProperties properties) {
    this.properties = properties;
    this.failures = Caffeine.newBuilder().expireAfterWrite(properties.window()).maximumSize(100_000).build();
  }

  boolean refuses(String client) {
    AtomicInteger count = failures.getIfPresent(client);
    return count != null && count.get() >= properties.wrongPerClient();
  }

  void failed(String client) {
    AtomicInteger count = failures.get(client, unused -> new AtomicInteger());
    count.incrementAndGet();
    failures.put(client, count); // put again so the window runs from the latest failure
  }

  long retryAfterSeconds() {
    return properties.window().toSeconds();
  }
}
