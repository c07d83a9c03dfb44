package org.inforights.casework.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the council runs third-party disclosure requests ({@code casework.disclosure.*}). The
 * approvers and targets themselves are in the routing table, {@code processes/disclosure-routing.dmn}.
 *
 * @param fallbackTargetWorkingDays the target, in working days from receipt, of a request no rule
 *     of the routing table matches, until a manager routes it
 */
@ConfigurationProperties("casework.disclosure")
record DisclosureProperties(@DefaultValue("10") int fallbackTargetWorkingDays) {}
