package org.inforights.casework.disclosure;

/** The legal power or exemption a requester relies on, as the register names it. */
public enum LegalBasis {
  CRIME_AND_TAXATION("DPA 2018 Sch 2 Pt 1 para 2 (prevention or detection of crime)"),
  LEGAL_PROCEEDINGS("DPA 2018 Sch 2 Pt 1 para 5 (legal proceedings)"),
  COURT_ORDER("Court order"),
  STATUTORY_DUTY("Statutory duty or power"),
  SAFEGUARDING("Safeguarding children (Children Act 1989/2004)"),
  CONSENT("Consent"),
  /**
   * Since 5 February 2026 the research safeguards are UK GDPR Chapter 8A, Art 84B (inserted by
   * the Data (Use and Access) Act 2025 s86, replacing Art 89(1) and DPA 2018 s19), and scientific
   * research is defined in UK GDPR Art 4(2)–(3) (DUAA 2025 s67).
   */
  RESEARCH("Research (UK GDPR Art 4(2)–(3) and Art 84B; DPA 2018 Sch 1 para 4)"),
  OTHER("Other (see detail)");

  private final String label;

  LegalBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
