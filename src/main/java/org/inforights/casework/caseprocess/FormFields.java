package org.inforights.casework.caseprocess;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inforights.casework.platform.FormInput;

/**
 * A start form's values as Camunda Forms submit them, read into typed values. A value that cannot
 * be read is not thrown at once: its problem is collected under the REST API's field name, so that
 * the officer sees every problem of the form in one message, as an API client does.
 */
public record FormFields(Map<String, Object> variables, List<String> problems) {

  /**
   * The request read from the form, checked with the same rules as the REST API's: every problem,
   * sorted, in one refusal Tasklist shows; a value already reported unreadable is not reported twice.
   */
  public <T> T checked(T request, Validator validator) {
    for (ConstraintViolation<T> violation : validator.validate(request)) {
      String field = violation.getPropertyPath().toString();
      if (problems.stream().noneMatch(problem -> problem.startsWith(field + " "))) {
        problems.add(field + " " + violation.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.naturalOrder());
      throw FormInput.rejected("Please correct: " + String.join("; ", problems));
    }
    return request;
  }

  /** The text of a field, stripped; null when empty. */
  public String text(String key) {
    Object value = variables.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** The non-blank lines of a text area, each stripped; empty when the field is. */
  public List<String> lines(String key) {
    String value = text(key);
    return value == null ? List.of() : value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  public LocalDate date(String key, String field) {
    String value = text(key);
    if (value == null) {
      return null;
    }
    try {
      return FormValues.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(field + " must be a date");
      return null;
    }
  }

  public Integer number(String key, String field) {
    Object value = variables.get(key);
    if (value instanceof Number number) {
      return number.intValue();
    }
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      problems.add(field + " must be a whole number");
      return null;
    }
  }

  public <E extends Enum<E>> E choice(String key, String field, Function<String, E> parse, E[] values) {
    String value = text(key);
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      problems.add(field + " must be one of " + Arrays.toString(values));
      return null;
    }
  }
}
