package org.inforights.casework.disclosure;

/** The legal power or exemption a requester relies on, as the register names it. */
public enum LegalBasis {
  CRIME_AND_TAXATION("DPA 2018 Sch 2 Pt 1 para 2 (prevention or detection of crime)"),
  LEGAL_PROCEEDINGS("DPA 2018 Sch 2 Pt 1 para 5 (legal proceedings)"),
  COURT_ORDER("Court order"),
  STATUTORY_DUTY("Statutory duty or power"),
  SAFEGUARDING("Safeguarding children (Children Act 1989/2004)"),
  CONSENT("Consent"),
  RESEARCH("Research (UK GDPR Art 89, DPA 2018 s19)"),
  OTHER("Other (see detail)");

  private final String label;

  LegalBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
