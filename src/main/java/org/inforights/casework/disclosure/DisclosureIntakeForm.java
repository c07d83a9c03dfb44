package org.inforights.casework.disclosure;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inforights.casework.caseprocess.FormFields;
import org.inforights.casework.caseprocess.FormValues;
import org.springframework.stereotype.Component;

/**
 * Reads the Tasklist start form ({@code forms/disclosure-intake.form}) into the request the REST
 * API takes, and checks it with the same rules. Several children are typed one per line as
 * "name; date of birth"; data categories come from a checklist.
 */
@Component
class DisclosureIntakeForm {

  private final Validator validator;

  DisclosureIntakeForm(Validator validator) {
    this.validator = validator;
  }

  NewDisclosureRequest read(Map<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    FormFields in = new FormFields(variables, problems);
    ChildrenScope scope =
        in.choice("intakeChildrenScope", "childrenScope", ChildrenScope::valueOf, ChildrenScope.values());
    NewDisclosureRequest request =
        new NewDisclosureRequest(
            in.date("intakeReceivedOn", "receivedOn"),
            new NewDisclosureRequest.Requester(
                in.choice("intakeRequesterType", "requester.type", RequesterType::valueOf, RequesterType.values()),
                in.text("intakeOrganisation"),
                in.text("intakeOfficerName"),
                in.text("intakeOfficerRole"),
                in.text("intakeOfficerEmail"),
                in.text("intakeAuthorisingOfficerName"),
                in.choice("intakeAuthorisingOfficerRank", "requester.authorisingOfficerRank", PoliceRank::valueOf,
                    PoliceRank.values())),
            in.choice("intakeLegalBasis", "legalBasis", LegalBasis::valueOf, LegalBasis.values()),
            in.text("intakeLegalBasisDetail"),
            in.text("intakePurpose"),
            in.text("intakeDataRequested"),
            categories(variables.get("intakeDataCategories"), problems),
            scope,
            children(in, scope, problems),
            scope == ChildrenScope.BULK ? in.number("intakeNumberOfChildren", "numberOfChildren") : null,
            in.choice("intakeSensitivity", "sensitivity", Sensitivity::valueOf, Sensitivity.values()),
            in.text("intakeSecurityArrangements"),
            in.text("intakeRetentionArrangements"),
            in.choice("intakeUrgency", "urgency", Urgency::valueOf, Urgency.values()),
            agreement(in.number("intakeSharingAgreementId", "sharingAgreementId")),
            in.date("intakeComplyBy", "complyBy"),
            in.text("intakeOrderReference"));
    return in.checked(request, validator);
  }

  private static Long agreement(Integer id) {
    return id == null ? null : id.longValue();
  }

  /** A checklist's value: a list, or its JSON text, depending on how the form was submitted. */
  private static Set<DataCategory> categories(Object value, List<String> problems) {
    Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
    if (value == null) {
      return categories;
    }
    List<String> names = new ArrayList<>();
    if (value instanceof Iterable<?> items) {
      items.forEach(item -> names.add(String.valueOf(item)));
    } else {
      for (String part : value.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
        names.add(part);
      }
    }
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      try {
        categories.add(DataCategory.valueOf(name.strip()));
      } catch (IllegalArgumentException e) {
        problems.add("dataCategories must be among " + java.util.Arrays.toString(DataCategory.values()));
        break;
      }
    }
    return categories;
  }

  /** One child from two fields, or several from lines of "name; date of birth". */
  private static List<NewDisclosureRequest.ChildDetails> children(FormFields in, ChildrenScope scope, List<String> problems) {
    List<NewDisclosureRequest.ChildDetails> children = new ArrayList<>();
    if (scope == ChildrenScope.ONE) {
      children.add(
          new NewDisclosureRequest.ChildDetails(
              in.text("intakeChildName"), in.date("intakeChildDateOfBirth", "children[0].dateOfBirth")));
    } else if (scope == ChildrenScope.SEVERAL) {
      String list = in.text("intakeChildrenList");
      int line = 0;
      for (String entry : list == null ? new String[0] : list.split("\\R")) {
        if (entry.isBlank()) {
          continue;
        }
        String[] parts = entry.split(";");
        String name = parts[0].strip();
        LocalDate born = null;
        try {
          born = parts.length > 1 ? FormValues.parse(parts[1].strip()) : null;
        } catch (DateTimeParseException e) {
          // reported below with the line it is on
        }
        if (born == null) {
          problems.add("children[" + line + "].dateOfBirth must follow the name after a ';' as YYYY-MM-DD (line " + (line + 1) + ")");
        }
        children.add(new NewDisclosureRequest.ChildDetails(name, born));
        line++;
      }
    }
    return children;
  }
}
