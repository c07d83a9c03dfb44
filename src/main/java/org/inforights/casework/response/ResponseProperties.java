package org.inforights.casework.response;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How response packs are made; set under {@code casework.response.*}.
 *
 * @param textsDir a directory holding the council's own versions of the pack's texts (the cover
 *                 letters, the Article 15 information, the plain-language reasons for each
 *                 exemption); a file there replaces the shipped default of the same name in
 *                 {@code classpath:response/}. Unset by default: the shipped texts are used.
 * @param dpi      the resolution at which a page with a redaction is redrawn (default 150:
 *                 ordinary print stays legible, a page costs about 6 MB of memory while drawn)
 */
@ConfigurationProperties("casework.response")
record ResponseProperties(Path textsDir, @DefaultValue("150") int dpi) {

  ResponseProperties {
    if (dpi < 72 || dpi > 600) {
      throw new IllegalArgumentException("casework.response.dpi must be between 72 and 600, not " + dpi);
    }
  }
}
