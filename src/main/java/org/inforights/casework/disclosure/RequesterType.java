package org.inforights.casework.disclosure;

/** Who asks for children's data. A routing fact: the routing table reads it. */
public enum RequesterType {
  POLICE,
  COURT,
  DFE,
  OTHER_COUNCIL,
  HEALTH,
  RESEARCHER,
  SOLICITOR,
  OTHER
}
