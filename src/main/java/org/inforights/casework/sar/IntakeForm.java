package org.inforights.casework.sar;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.platform.FormInput;
import org.springframework.stereotype.Component;

/**
 * Reads the Tasklist start form ({@code forms/sar-intake.form}) into the same request the REST
 * API takes, and checks it with the same rules: Camunda Forms validate only in the browser. A bad
 * value is refused with a message naming each field, which Tasklist shows the officer.
 */
@Component
class IntakeForm {

  private final Validator validator;

  IntakeForm(Validator validator) {
    this.validator = validator;
  }

  NewSarRequest read(Map<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    Reader in = new Reader(variables, problems);
    NewSarRequest request =
        new NewSarRequest(
            in.date("intakeReceivedOn", "receivedOn"),
            in.choice("intakeChannel", "channel", Channel::valueOf, Channel.values()),
            new NewSarRequest.Requester(
                in.text("intakeRequesterName"),
                in.text("intakeRequesterEmail"),
                in.choice("intakeRelationship", "requester.relationship", Relationship::valueOf,
                    Relationship.values())),
            new NewSarRequest.Subject(
                in.text("intakeSubjectName"),
                in.date("intakeSubjectDateOfBirth", "subject.dateOfBirth"),
                in.choice("intakeCohort", "subject.cohort", Cohort::valueOf, Cohort.values())),
            in.text("intakeDescription"));
    for (ConstraintViolation<NewSarRequest> violation : validator.validate(request)) {
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

  /** Form values, with the problems of unparseable ones collected under the API's field names. */
  private record Reader(Map<String, Object> variables, List<String> problems) {

    String text(String key) {
      Object value = variables.get(key);
      return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    LocalDate date(String key, String field) {
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

    <E extends Enum<E>> E choice(String key, String field, Function<String, E> parse, E[] values) {
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
}
