package org.inforights.casework.casefile;

/** A value that breaks a rule of the case (a date before the request, say): the field and why. */
public class InvalidCaseInputException extends RuntimeException {

  private final String field;

  public InvalidCaseInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
