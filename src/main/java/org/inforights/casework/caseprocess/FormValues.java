package org.inforights.casework.caseprocess;

import java.time.LocalDate;
import java.util.function.Function;
import java.time.format.DateTimeParseException;
import org.inforights.casework.platform.FormInput;
import org.inforights.casework.casefile.InvalidCaseInputException;

/** Values as Camunda Forms submit them (dates as ISO strings), refused clearly when wrong. */
public final class FormValues {

  private FormValues() {}

  /** A case rule broken by a form value, as the 400 Tasklist shows the officer ({@link FormInput#rejected}). */
  public static RuntimeException refused(InvalidCaseInputException e, String field) {
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

  /** A text field's value, or null when it was left empty. */
  public static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  /**
   * A choice field's value as {@code parse} reads it, or null when none was chosen; a value that is
   * not one of the choices, or that {@code parse} refuses as a case rule, is a 400 naming the field.
   */
  public static <E> E choice(Object value, String field, Function<String, E> parse) {
    String chosen = text(value);
    if (chosen == null) {
      return null;
    }
    try {
      return parse.apply(chosen.strip());
    } catch (InvalidCaseInputException e) {
      throw refused(e, e.field());
    } catch (IllegalArgumentException e) {
      throw FormInput.rejected("Please correct: " + field + " is not one of the choices");
    }
  }
}
