package org.inforights.casework.caseprocess;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.inforights.casework.platform.FormInput;
import org.inforights.casework.casefile.InvalidCaseInputException;

/** Values as Camunda Forms submit them (dates as ISO strings), refused clearly when wrong. */
public final class FormValues {

  private FormValues() {}

  /** A case rule broken by a form value, as the 400 Tasklist shows the officer. */
  public static FormFieldValidationException refused(InvalidCaseInputException e, String field) {
    return FormInput.rejected(field + " " + e.getMessage());
  }

  /** An ISO date, or the date part of an ISO date-time (Camunda Forms send either). */
  public static LocalDate parse(String text) {
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  public static LocalDate date(Object value, String field) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return parse(text);
      } catch (DateTimeParseException e) {
        throw FormInput.rejected(field + " must be a date");
      }
    }
    throw FormInput.rejected(field + " is required");
  }
}
