package org.inforights.casework.casefile;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a case can carry: not in the future (by the application's clock) and not before
 * {@link #earliest()}, the start of the bank-holiday calendar by default. Null is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CaseDate.Validator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface CaseDate {

  String message() default "must be a date from {earliest} to today";

  String earliest() default "2019-01-01";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the range against the clock the validator factory was given. */
  class Validator implements ConstraintValidator<CaseDate, LocalDate> {
    private LocalDate earliest;

    @Override
    public void initialize(CaseDate annotation) {
      earliest = LocalDate.parse(annotation.earliest());
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      String problem = null;
      if (value.isAfter(LocalDate.now(context.getClockProvider().getClock()))) {
        problem = "must not be in the future";
      } else if (value.isBefore(earliest)) {
        problem = "must not be before " + earliest;
      }
      if (problem != null) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
      }
      return problem == null;
    }
  }
}
