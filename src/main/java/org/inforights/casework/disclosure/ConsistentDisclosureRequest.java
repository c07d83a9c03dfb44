package org.inforights.casework.disclosure;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * The rules of a disclosure request that join fields: the children named must match how many the
 * request concerns, each child named was born by the day the request was received, and a police
 * request names the officer who signed it off and their rank — unless a child's life is at risk:
 * the ICO's data sharing code ("Data sharing in an urgent situation or in an emergency") says not to
 * let procedure delay sharing that is needed at once, so such a request is registered without it
 * and its sign-off is recorded afterwards if at all. Each broken rule is reported on the field to
 * change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentDisclosureRequest.Check.class)
@interface ConsistentDisclosureRequest {

  String message() default "is not consistent";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<ConsistentDisclosureRequest, NewDisclosureRequest> {

    @Override
    public boolean isValid(NewDisclosureRequest request, ConstraintValidatorContext context) {
      if (request == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = checkChildren(request, context);
      valid = checkBirthDates(request, context) && valid;
      valid = checkOrder(request, context) && valid;
      return checkPoliceSignOff(request, context) && valid;
    }

    private static boolean checkChildren(NewDisclosureRequest request, ConstraintValidatorContext context) {
      if (request.childrenScope() == null) {
        return true;
      }
      List<NewDisclosureRequest.ChildDetails> named = request.children() == null ? List.of() : request.children();
      switch (request.childrenScope()) {
        case ONE -> {
          if (named.size() != 1) {
            return fail(context, "children", "must name exactly one child when childrenScope is ONE");
          }
        }
        case SEVERAL -> {
          if (named.size() < 2) {
            return fail(context, "children", "must name each child (at least two) when childrenScope is SEVERAL");
          }
        }
        case BULK -> {
          if (!named.isEmpty()) {
            return fail(context, "children", "must be empty for a BULK request: give numberOfChildren instead");
          }
          if (request.numberOfChildren() == null || request.numberOfChildren() < 2) {
            return fail(context, "numberOfChildren", "is required for a BULK request and must be at least 2");
          }
          return true;
        }
      }
      if (request.numberOfChildren() != null && request.numberOfChildren() != named.size()) {
        return fail(context, "numberOfChildren", "must equal the number of children named (" + named.size() + ")");
      }
      return true;
    }

    /**
     * A child named was born by the day the request was received. A date in the future is refused
     * by the field's own rule and not reported twice.
     */
    private static boolean checkBirthDates(NewDisclosureRequest request, ConstraintValidatorContext context) {
      if (request.receivedOn() == null || request.children() == null) {
        return true;
      }
      java.time.LocalDate today = java.time.LocalDate.now(context.getClockProvider().getClock());
      if (request.receivedOn().isAfter(today)) {
        return true;
      }
      boolean valid = true;
      for (int i = 0; i < request.children().size(); i++) {
        NewDisclosureRequest.ChildDetails child = request.children().get(i);
        if (child != null && child.dateOfBirth() != null && !child.dateOfBirth().isAfter(today)
            && child.dateOfBirth().isAfter(request.receivedOn())) {
          context
              .buildConstraintViolationWithTemplate(
                  "must not be after the request was received (" + request.receivedOn() + ")")
              .addPropertyNode("children")
              .addPropertyNode("dateOfBirth")
              .inIterable()
              .atIndex(i)
              .addConstraintViolation();
          valid = false;
        }
      }
      return valid;
    }

    /**
     * A compelled disclosure names the day the order must be complied with, which cannot be before
     * the order reached the council; any other request has no such day (its target comes from the
     * routing table).
     */
    private static boolean checkOrder(NewDisclosureRequest request, ConstraintValidatorContext context) {
      if (request.legalBasis() == null) {
        return true;
      }
      if (!request.legalBasis().compelled()) {
        if (request.complyBy() != null) {
          return fail(context, "complyBy", "is only for a court order, a coroner's notice or Cafcass (legalBasis "
              + request.legalBasis() + " is not compelled)");
        }
        return true;
      }
      if (request.complyBy() == null) {
        return fail(context, "complyBy", "is required for " + request.legalBasis() + ": the day the order must be complied with");
      }
      java.time.LocalDate received = request.receivedOn() != null
          ? request.receivedOn()
          : java.time.LocalDate.now(context.getClockProvider().getClock());
      if (request.complyBy().isBefore(received)) {
        return fail(context, "complyBy", "must not be before the request was received (" + received + ")");
      }
      return true;
    }

    private static boolean checkPoliceSignOff(NewDisclosureRequest request, ConstraintValidatorContext context) {
      NewDisclosureRequest.Requester requester = request.requester();
      if (requester == null || requester.type() != RequesterType.POLICE
          || (request.urgency() != null && request.urgency().sharesNow())) {
        return true;
      }
      boolean valid = true;
      if (requester.authorisingOfficerRank() == null) {
        valid = fail(context, "requester.authorisingOfficerRank", "is required for a police request");
      }
      if (requester.authorisingOfficerName() == null || requester.authorisingOfficerName().isBlank()) {
        valid = fail(context, "requester.authorisingOfficerName", "is required for a police request");
      }
      return valid;
    }

    private static boolean fail(ConstraintValidatorContext context, String field, String message) {
      var builder = context.buildConstraintViolationWithTemplate(message);
      String[] path = field.split("\\.");
      var node = builder.addPropertyNode(path[0]);
      for (int i = 1; i < path.length; i++) {
        node = node.addPropertyNode(path[i]);
      }
      node.addConstraintViolation();
      return false;
    }
  }
}
