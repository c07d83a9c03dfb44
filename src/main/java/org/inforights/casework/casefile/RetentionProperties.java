package org.inforights.casework.casefile;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed case keeps its personal data ({@code casework.retention.closed-cases}), counted
 * from the day it closed. The council's retention schedule sets it; six years by default.
 */
@ConfigurationProperties("casework.retention")
public record RetentionProperties(@DefaultValue("P6Y") Period closedCases) {}
