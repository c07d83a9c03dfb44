package org.inforights.casework.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake's checks ({@code casework.intake.*}): a new case from the same requester about the same
 * child as another received up to {@code duplicateWindowDays} days before or after it is shown to
 * the officer as a possible duplicate.
 */
@ConfigurationProperties("casework.intake")
record IntakeProperties(@DefaultValue("30") int duplicateWindowDays) {}
