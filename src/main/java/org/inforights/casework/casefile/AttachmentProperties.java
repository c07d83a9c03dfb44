package org.inforights.casework.casefile;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a case may keep ({@code casework.attachments.*}): the largest document and the accepted
 * content types.
 */
@ConfigurationProperties("casework.attachments")
record AttachmentProperties(
    @DefaultValue("20971520") long maxBytes,
    @DefaultValue({"application/pdf", "image/jpeg", "image/png", "text/plain"}) List<String> contentTypes) {}
