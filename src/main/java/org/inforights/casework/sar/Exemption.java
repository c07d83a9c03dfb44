package org.inforights.casework.sar;

/** The exemptions a redaction in a subject access response may rest on, with their references. */
public enum Exemption {
  THIRD_PARTY_DATA("Data Protection Act 2018 Sch 2 Pt 3 para 16"),
  SERIOUS_HARM("Data Protection Act 2018 Sch 3 Pt 3 para 11"),
  EXPECTATIONS_AND_WISHES("Data Protection Act 2018 Sch 3 Pt 3 para 10"),
  COURT_DATA("Data Protection Act 2018 Sch 3 Pt 3 para 9"),
  HEALTH_DATA("Data Protection Act 2018 Sch 3 Pt 2"),
  CRIME("Data Protection Act 2018 Sch 2 Pt 1 para 2"),
  LEGAL_PRIVILEGE("Data Protection Act 2018 Sch 2 Pt 4 para 19");

  private final String statutoryReference;

  Exemption(String statutoryReference) {
    this.statutoryReference = statutoryReference;
  }

  public String statutoryReference() {
    return statutoryReference;
  }
}
