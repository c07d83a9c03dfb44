package org.inforights.casework.sar;

/**
 * What became of asking the third party for their consent to disclose (DPA 2018 Sch 2 Pt 3
 * para 16(2)(a), (3)(c)-(e)). Consent given leaves nothing to withhold under para 16.
 */
public enum ConsentOutcome {
  NOT_SOUGHT,
  GIVEN,
  REFUSED,
  NO_REPLY,
  NOT_CAPABLE_OF_CONSENTING;

  boolean sought() {
    return this != NOT_SOUGHT && this != NOT_CAPABLE_OF_CONSENTING;
  }
}
