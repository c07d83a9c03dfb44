package org.inforights.casework.disclosure;

/**
 * The council's own lawful basis for sharing (UK GDPR Art 6(1)), recorded by each approver apart
 * from the power or exemption the requester relies on ({@link LegalBasis}): an exemption such as
 * DPA 2018 Sch 2 Pt 1 para 2 lifts some duties but is not itself a basis for processing. Legitimate
 * interests, Art 6(1)(f), and recognised legitimate interests, Art 6(1)(ea) (inserted by the Data
 * (Use and Access) Act 2025 s70), are not offered: neither applies to processing by a public
 * authority in the performance of its tasks (Art 6(1), last subparagraph).
 */
public enum CouncilLawfulBasis {
  PUBLIC_TASK("UK GDPR Art 6(1)(e) (public task: the council's functions under the Children Acts 1989 and 2004)"),
  LEGAL_OBLIGATION("UK GDPR Art 6(1)(c) (legal obligation: a court order or a statutory duty to disclose)"),
  VITAL_INTERESTS("UK GDPR Art 6(1)(d) (vital interests: to protect someone's life)"),
  /**
   * Rarely right for a council and a child's family: consent must be freely given (Art 4(11),
   * Art 7), which the imbalance between a public authority and a family seldom allows (recital 43),
   * and it can be withdrawn at any time, after which the sharing must stop. The ICO's data sharing
   * code advises public bodies to look to another basis first; the approval form says so.
   */
  CONSENT("UK GDPR Art 6(1)(a) (consent)");

  private final String label;

  CouncilLawfulBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
