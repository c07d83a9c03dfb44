package org.inforights.casework.disclosure;

/** The legal power or exemption a requester relies on, as the register names it. */
public enum LegalBasis {
  CRIME_AND_TAXATION("DPA 2018 Sch 2 Pt 1 para 2 (prevention or detection of crime)"),
  LEGAL_PROCEEDINGS("DPA 2018 Sch 2 Pt 1 para 5 (legal proceedings)"),
  /**
   * An order of a court or tribunal to produce records (e.g. for care proceedings, or a witness
   * summons): disclosure is required by law, DPA 2018 Sch 2 Pt 1 para 5(2), so the council complies
   * by the order's date or applies to the court to vary or discharge it.
   */
  COURT_ORDER("Court order (DPA 2018 Sch 2 Pt 1 para 5(2): disclosure required by an order of a court or tribunal)"),
  /**
   * A senior coroner's notice to produce documents for an investigation, Coroners and Justice Act
   * 2009 Sch 5 para 1(2); the council may claim it is unable to comply or that it should be revoked
   * or varied (para 1(4)).
   */
  CORONER("Coroner's notice (Coroners and Justice Act 2009 Sch 5 para 1; DPA 2018 Sch 2 Pt 1 para 5(2))"),
  /**
   * An officer of Cafcass has the right to examine and take copies of the council's records about
   * a child in proceedings (Children Act 1989 s.42(1); Criminal Justice and Court Services Act 2000
   * s.12 for Cafcass's functions).
   */
  CAFCASS("Cafcass officer's right to examine and copy records (Children Act 1989 s.42; DPA 2018 Sch 2 Pt 1 para 5(2))"),
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

  /**
   * Whether the council is compelled to disclose: the question is then not whether it may, but what
   * exactly it must send, by when, and whether to challenge the order. Such a request names the
   * day it must be complied with.
   */
  public boolean compelled() {
    return this == COURT_ORDER || this == CORONER || this == CAFCASS;
  }
}
