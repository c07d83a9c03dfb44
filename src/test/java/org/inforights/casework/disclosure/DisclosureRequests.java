package org.inforights.casework.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Disclosure requests for the tests: a plausible request of each kind, changed one field at a time. */
final class DisclosureRequests {

  private DisclosureRequests() {}

  static NewDisclosureRequest.Requester police(PoliceRank rank) {
    return new NewDisclosureRequest.Requester(
        RequesterType.POLICE, "Thames Valley Police", "DC Alex Reed", "Detective Constable",
        "alex.reed@police.example", "Insp. Jo Hart", rank);
  }

  static NewDisclosureRequest.Requester researcher() {
    return new NewDisclosureRequest.Requester(
        RequesterType.RESEARCHER, "University of Example", "Dr Kim Lee", "Research fellow",
        "kim.lee@uni.example", null, null);
  }

  static NewDisclosureRequest aboutOneChild(
      NewDisclosureRequest.Requester requester, String childName, LocalDate born, Sensitivity sensitivity, Urgency urgency) {
    return new NewDisclosureRequest(
        null, requester, LegalBasis.CRIME_AND_TAXATION, null,
        "Investigation of an assault reported on 1 Feb 2026", "Dates of contact with children's social care",
        Set.of(DataCategory.SOCIAL_CARE), ChildrenScope.ONE,
        List.of(new NewDisclosureRequest.ChildDetails(childName, born)), null, sensitivity,
        "Secure police e-mail, restricted case file", "Kept for the life of the investigation", urgency);
  }

  static NewDisclosureRequest bulk(NewDisclosureRequest.Requester requester, int children, Sensitivity sensitivity, LegalBasis basis) {
    return new NewDisclosureRequest(
        null, requester, basis, null,
        "Review of exploitation risk across the district", "Open child protection plans by school",
        Set.of(DataCategory.SOCIAL_CARE, DataCategory.EDUCATION), ChildrenScope.BULK,
        List.of(), children, sensitivity,
        "Encrypted transfer to a named analyst", "Destroyed after 12 months", Urgency.ROUTINE);
  }

  static NewDisclosureRequest.Requester court() {
    return new NewDisclosureRequest.Requester(
        RequesterType.COURT, "Family Court at Reading", "Sam Clerk", "Court officer",
        "family.reading@courts.example", null, null);
  }

  /** An order or notice that compels the council to disclose by {@code complyBy}. */
  static NewDisclosureRequest compelled(
      NewDisclosureRequest.Requester requester, LegalBasis basis, String childName, LocalDate born, LocalDate complyBy) {
    return compelled(requester, basis, childName, born, complyBy, Urgency.ROUTINE);
  }

  static NewDisclosureRequest compelled(
      NewDisclosureRequest.Requester requester, LegalBasis basis, String childName, LocalDate born, LocalDate complyBy,
      Urgency urgency) {
    return new NewDisclosureRequest(
        null, requester, basis, null,
        "Care proceedings about the child", "The child's social care and health records from 2024",
        Set.of(DataCategory.SOCIAL_CARE, DataCategory.HEALTH), ChildrenScope.ONE,
        List.of(new NewDisclosureRequest.ChildDetails(childName, born)), null, Sensitivity.SOCIAL_WORK,
        "Court's secure e-mail", "Kept on the court file", urgency, null, complyBy, "RG26C00123");
  }
}
