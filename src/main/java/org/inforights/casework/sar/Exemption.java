package org.inforights.casework.sar;

/**
 * The exemptions a redaction in a subject access response may rest on, each with its provision in
 * the Data Protection Act 2018 (Schedules 2 to 4 restrict UK GDPR Art 15 under Art 23) and a short
 * title for the officer choosing it.
 *
 * <p>Three of them apply only where the request is made, in exercise of a power conferred by law,
 * by a person with parental responsibility for a data subject under 18 (or a court-appointed
 * deputy): the data subject's expectations and wishes for health data (Sch 3 Pt 2 para 4) and
 * social work data (Sch 3 Pt 3 para 10), and child abuse data (Sch 3 Pt 5 para 21). Education data
 * has no such paragraph (Sch 3 Pt 4 has the court and serious-harm paragraphs only).
 */
public enum Exemption {
  THIRD_PARTY_DATA(
      "Data Protection Act 2018 Sch 2 Pt 3 para 16",
      "Information about another person who can be identified (not a professional acting in their role: para 17)",
      false),
  CRIME("Data Protection Act 2018 Sch 2 Pt 1 para 2", "Prevention or detection of crime", false),
  LEGAL_PRIVILEGE("Data Protection Act 2018 Sch 2 Pt 4 para 19", "Legal professional privilege", false),
  CONFIDENTIAL_REFERENCE(
      "Data Protection Act 2018 Sch 2 Pt 4 para 24",
      "Confidential reference given for education, training, employment, volunteering, an office or a service",
      false),
  HEALTH_DATA_COURT(
      "Data Protection Act 2018 Sch 3 Pt 2 para 3",
      "Health data in a report or evidence to a court whose rules let it be withheld",
      false),
  HEALTH_DATA_EXPECTATIONS_AND_WISHES(
      "Data Protection Act 2018 Sch 3 Pt 2 para 4",
      "Health data the child gave or agreed to on the understanding it would not reach the requester",
      true),
  HEALTH_DATA_SERIOUS_HARM(
      "Data Protection Act 2018 Sch 3 Pt 2 para 5",
      "Health data likely to cause serious harm (an appropriate health professional's opinion: para 6)",
      false),
  COURT_DATA(
      "Data Protection Act 2018 Sch 3 Pt 3 para 9",
      "Social work data in a report or evidence to a court whose rules let it be withheld",
      false),
  EXPECTATIONS_AND_WISHES(
      "Data Protection Act 2018 Sch 3 Pt 3 para 10",
      "Social work data the child gave or agreed to on the understanding it would not reach the requester",
      true),
  SERIOUS_HARM(
      "Data Protection Act 2018 Sch 3 Pt 3 para 11",
      "Social work data likely to prejudice social work by causing serious harm",
      false),
  EDUCATION_DATA_COURT(
      "Data Protection Act 2018 Sch 3 Pt 4 para 18",
      "Education data in a report or evidence to a court whose rules let it be withheld",
      false),
  EDUCATION_DATA_SERIOUS_HARM(
      "Data Protection Act 2018 Sch 3 Pt 4 para 19",
      "Education data likely to cause serious harm",
      false),
  CHILD_ABUSE_DATA(
      "Data Protection Act 2018 Sch 3 Pt 5 para 21",
      "Whether the child is or may be at risk of abuse, where disclosing it is not in the child's best interests",
      true),
  HUMAN_FERTILISATION_AND_EMBRYOLOGY(
      "Data Protection Act 2018 Sch 4 para 2",
      "Information whose disclosure the Human Fertilisation and Embryology Act 1990 restricts",
      false),
  ADOPTION_RECORDS(
      "Data Protection Act 2018 Sch 4 para 3",
      "Adoption records and reports whose disclosure an adoption enactment restricts",
      false),
  SPECIAL_EDUCATIONAL_NEEDS(
      "Data Protection Act 2018 Sch 4 para 4",
      "Statements of special educational needs whose disclosure regulations restrict",
      false),
  PARENTAL_ORDER_RECORDS(
      "Data Protection Act 2018 Sch 4 para 5",
      "Parental order records and reports whose disclosure rules restrict",
      false),
  /**
   * The health paragraphs taken together, as lines were recorded before they were told apart.
   * Lines recorded with it stay readable; a new line names the paragraph instead.
   */
  HEALTH_DATA("Data Protection Act 2018 Sch 3 Pt 2", "Health data (recorded before the paragraphs were told apart)", false);

  private final String statutoryReference;
  private final String title;
  private final boolean parentalResponsibilityRequestOnly;

  Exemption(String statutoryReference, String title, boolean parentalResponsibilityRequestOnly) {
    this.statutoryReference = statutoryReference;
    this.title = title;
    this.parentalResponsibilityRequestOnly = parentalResponsibilityRequestOnly;
  }

  public String statutoryReference() {
    return statutoryReference;
  }

  public String title() {
    return title;
  }

  /**
   * Whether the exemption applies only to a request by a person with parental responsibility for
   * a child under 18 (Sch 3 Pt 2 para 4(1), Pt 3 para 10(1), Pt 5 para 21(1)).
   */
  public boolean parentalResponsibilityRequestOnly() {
    return parentalResponsibilityRequestOnly;
  }

  /** Whether a new line may rest on it: {@link #HEALTH_DATA} is kept only for the lines it names. */
  public boolean offered() {
    return this != HEALTH_DATA;
  }
}
