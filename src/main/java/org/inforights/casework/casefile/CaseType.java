package org.inforights.casework.casefile;

/**
 * The two kinds of case; the prefix starts the case reference ({@code SAR-2026-00042}). The type
 * decides the deadline: a SAR's is the statutory month (UK GDPR Art 12(3)), a disclosure request's
 * the internal target it carries ({@link InternalTarget}).
 */
public enum CaseType {
  SAR("SAR", true),
  DISCLOSURE("DIS", false);

  private final String prefix;
  private final boolean statutoryClock;

  CaseType(String prefix, boolean statutoryClock) {
    this.prefix = prefix;
    this.statutoryClock = statutoryClock;
  }

  /** Whether the statutory month and its extension apply, rather than an internal target. */
  public boolean runsOnStatutoryClock() {
    return statutoryClock;
  }

  public String prefix() {
    return prefix;
  }
}
