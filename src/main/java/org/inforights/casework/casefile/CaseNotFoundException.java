package org.inforights.casework.casefile;

/** No case has this reference. */
public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String reference) {
    super("No case with reference " + reference);
  }
}
