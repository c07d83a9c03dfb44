package org.inforights.casework.casefile;

/** The two kinds of case; the prefix starts the case reference ({@code SAR-2026-00042}). */
public enum CaseType {
  SAR("SAR"),
  DISCLOSURE("DIS");

  private final String prefix;

  CaseType(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
