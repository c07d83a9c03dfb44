package org.inforights.casework.sar;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * The rule of a subject access request that joins fields: the child was born by the day the
 * request was received (today when no received date is given). A date each field allows alone
 * (not in the future) can still be impossible together; the broken rule is reported on
 * {@code subject.dateOfBirth}, the field to change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentSarRequest.Check.class)
@interface ConsistentSarRequest {

  String message() default "is not consistent";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<ConsistentSarRequest, NewSarRequest> {

    @Override
    public boolean isValid(NewSarRequest request, ConstraintValidatorContext context) {
      if (request == null || request.subject() == null || request.subject().dateOfBirth() == null) {
        return true;
      }
      LocalDate today = LocalDate.now(context.getClockProvider().getClock());
      LocalDate born = request.subject().dateOfBirth();
      LocalDate received = request.receivedOn();
      // a date in the future is refused by the field's own rule; said once is enough
      if (received == null || born.isAfter(today) || received.isAfter(today) || !born.isAfter(received)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("must not be after the request was received (" + received + ")")
          .addPropertyNode("subject")
          .addPropertyNode("dateOfBirth")
          .addConstraintViolation();
      return false;
    }
  }
}
