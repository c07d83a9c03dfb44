package org.inforights.casework.sar;

/**
 * Who the third party in a redacted passage is. A social worker, a health worker or an education
 * worker named in the child's records for what they did in their role is normally disclosed: it is
 * to be considered reasonable to disclose them without their consent (DPA 2018 Sch 2 Pt 3 para 17,
 * the social work, health and education data tests; ICO right of access guidance, "What should we
 * do if the request involves information about other individuals?").
 */
public enum ThirdPartyRole {
  /** A family member, foster carer, neighbour or anyone else not acting as one of the professionals below. */
  PRIVATE_INDIVIDUAL,
  /** Someone employed by or for a local authority in its social services functions (para 17(3)). */
  SOCIAL_WORKER,
  /** A health professional who compiled or contributed to the child's health record or cared for the child (para 17(2)). */
  HEALTH_WORKER,
  /** A teacher or other education worker who contributed to the child's educational record (para 17(4)). */
  EDUCATION_WORKER;

  boolean professional() {
    return this != PRIVATE_INDIVIDUAL;
  }
}
