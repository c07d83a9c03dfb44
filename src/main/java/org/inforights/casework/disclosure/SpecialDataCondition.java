package org.inforights.casework.disclosure;

/**
 * The condition for sharing special category data (UK GDPR Art 9(2)) or criminal offence data
 * (Art 10, through DPA 2018 s10(5)), with its DPA 2018 Sch 1 condition where the Article needs one
 * (s10(2), (3)). Recorded by each approver; required when the request asks for such data.
 */
public enum SpecialDataCondition {
  NOT_NEEDED("None: no special category or criminal offence data is shared"),
  SAFEGUARDING_CHILDREN(
      "UK GDPR Art 9(2)(g) and Art 10; DPA 2018 Sch 1 para 18 (safeguarding of children and of individuals at risk)"),
  STATUTORY_PURPOSES("UK GDPR Art 9(2)(g) and Art 10; DPA 2018 Sch 1 para 6 (statutory and government purposes)"),
  PREVENTING_OR_DETECTING_CRIME(
      "UK GDPR Art 9(2)(g) and Art 10; DPA 2018 Sch 1 para 10 (preventing or detecting unlawful acts)"),
  LEGAL_CLAIMS("UK GDPR Art 9(2)(f) (legal claims, courts acting judicially); Art 10: DPA 2018 Sch 1 para 33"),
  HEALTH_OR_SOCIAL_CARE("UK GDPR Art 9(2)(h); DPA 2018 Sch 1 para 2 (health or social care purposes)"),
  RESEARCH("UK GDPR Art 9(2)(j) with Art 84B; DPA 2018 Sch 1 para 4 (archiving, research and statistics)"),
  VITAL_INTERESTS("UK GDPR Art 9(2)(c); Art 10: DPA 2018 Sch 1 para 30 (protecting individual's vital interests)"),
  EXPLICIT_CONSENT("UK GDPR Art 9(2)(a) (explicit consent); Art 10: DPA 2018 Sch 1 para 29 (consent)");

  private final String label;

  SpecialDataCondition(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
