package org.inforights.casework.letters;

/**
 * The requester of a case has no usable e-mail address, so a letter cannot be e-mailed: it has to
 * go by post. Retrying will not help. The message names the case and the letter, never the person.
 */
public class NoEmailAddressException extends IllegalStateException {

  private final String caseReference;
  private final LetterType letterType;

  public NoEmailAddressException(String caseReference, LetterType letterType, String problem) {
    super("Cannot e-mail the " + letterType + " letter for case " + caseReference + ": the requester "
        + problem + "; send it by post instead, or record an e-mail address on the case");
    this.caseReference = caseReference;
    this.letterType = letterType;
  }

  public String caseReference() {
    return caseReference;
  }

  public LetterType letterType() {
    return letterType;
  }
}
