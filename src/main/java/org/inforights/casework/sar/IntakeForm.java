package org.inforights.casework.sar;

import org.inforights.casework.caseprocess.FormFields;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inforights.casework.casefile.Cohort;
import org.inforights.casework.casefile.Relationship;
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
    FormFields in = new FormFields(variables, problems);
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
            in.text("intakeDescription"),
            intermediary(in),
            in.lines("intakeFormerNames"));
    return in.checked(request, validator);
  }

  /** Who passed the request on, when the officer named them. */
  private static NewSarRequest.Intermediary intermediary(FormFields in) {
    String name = in.text("intakeIntermediaryName");
    String organisation = in.text("intakeIntermediaryOrganisation");
    String email = in.text("intakeIntermediaryEmail");
    java.time.LocalDate receivedOn = in.date("intakeIntermediaryReceivedOn", "intermediary.receivedOn");
    if (name == null && organisation == null && email == null && receivedOn == null) {
      return null;
    }
    return new NewSarRequest.Intermediary(name, organisation, email, receivedOn);
  }
}
