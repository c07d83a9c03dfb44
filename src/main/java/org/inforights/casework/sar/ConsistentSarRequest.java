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
import org.inforights.casework.casefile.Relationship;

/**
 * The rules of a subject access request that join fields. The child was born by the day the request
 * was received (today when no received date is given), that day being, for a request given to the
 * child's social worker, the day the social worker had it; a date each field allows alone can still be
 * impossible together, and the broken rule is reported on {@code subject.dateOfBirth}, the field to
 * change. A designated teacher is never the requester ({@code requester.relationship}), only the
 * intermediary; an intermediary belongs only to a request passed on by a designated teacher or a
 * social worker, and cannot have received it after the council did.
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
      if (request == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      LocalDate today = LocalDate.now(context.getClockProvider().getClock());
      if (request.requester() != null && request.requester().relationship() == Relationship.DESIGNATED_TEACHER) {
        valid = violation(context, "must not be DESIGNATED_TEACHER: a designated teacher passes on the child's or the"
            + " parent's request; they are the requester, the channel is DESIGNATED_TEACHER and the teacher is the"
            + " intermediary", "requester", "relationship");
      }
      NewSarRequest.Intermediary intermediary = request.intermediary();
      if (intermediary != null && request.channel() != null
          && request.channel() != Channel.DESIGNATED_TEACHER && request.channel() != Channel.SOCIAL_WORKER) {
        valid = violation(context, "is only for a request passed on by a designated teacher or a social worker (channel "
            + Channel.DESIGNATED_TEACHER + " or " + Channel.SOCIAL_WORKER + ")", "intermediary");
      }
      if (intermediary != null && intermediary.receivedOn() != null && request.receivedOn() != null
          && !intermediary.receivedOn().isAfter(today) && !request.receivedOn().isAfter(today)
          && intermediary.receivedOn().isAfter(request.receivedOn())) {
        valid = violation(context, "must not be after the request reached the council (" + request.receivedOn() + ")",
            "intermediary", "receivedOn");
      }
      LocalDate received = request.receivedByCouncilOn();
      if (request.subject() == null || request.subject().dateOfBirth() == null) {
        return valid;
      }
      LocalDate born = request.subject().dateOfBirth();
      // a date in the future is refused by the field's own rule; said once is enough
      if (received == null || born.isAfter(today) || received.isAfter(today) || !born.isAfter(received)) {
        return valid;
      }
      return violation(context, "must not be after the request was received (" + received + ")", "subject", "dateOfBirth");
    }

    private static boolean violation(ConstraintValidatorContext context, String message, String... path) {
      var builder = context.buildConstraintViolationWithTemplate(message);
      var node = builder.addPropertyNode(path[0]);
      for (int i = 1; i < path.length; i++) {
        node = node.addPropertyNode(path[i]);
      }
      node.addConstraintViolation();
      return false;
    }
  }
}
