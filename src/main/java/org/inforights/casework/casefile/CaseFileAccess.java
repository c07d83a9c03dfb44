package org.inforights.casework.casefile;

import static org.inforights.casework.casefile.CasePart.AUDIT;
import static org.inforights.casework.casefile.CasePart.CHILD;
import static org.inforights.casework.casefile.CasePart.CLOCK;
import static org.inforights.casework.casefile.CasePart.DISCLOSURE_REQUEST;
import static org.inforights.casework.casefile.CasePart.DOCUMENTS;
import static org.inforights.casework.casefile.CasePart.LETTERS;
import static org.inforights.casework.casefile.CasePart.LINKED_CASES;
import static org.inforights.casework.casefile.CasePart.NOTES;
import static org.inforights.casework.casefile.CasePart.REDACTIONS;
import static org.inforights.casework.casefile.CasePart.REQUEST;
import static org.inforights.casework.casefile.CasePart.REQUESTER;
import static org.inforights.casework.casefile.CasePart.REQUESTER_CONTACT;
import static org.inforights.casework.casefile.CasePart.SUMMARY;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may see which part of a case file (UK GDPR Art 5(1)(c), data minimisation): each group sees
 * what its steps need and no more. A user in several groups sees what any of them may. The matrix
 * is written out, with the reason for each cell, in docs/access-matrix.md; a test checks every cell.
 */
public final class CaseFileAccess {

  public static final String OFFICERS = "ig-officers";
  public static final String RECORD_OWNERS = "record-owners";
  public static final String MANAGERS = "ig-managers";
  public static final String DPO = "dpo";
  public static final String CALDICOTT_GUARDIAN = "caldicott-guardian";
  public static final String ADMINS = "camunda-admin";

  private static final Map<String, Set<CasePart>> PARTS =
      Map.of(
          OFFICERS, EnumSet.allOf(CasePart.class),
          // they search their records system and give a serious-harm opinion on the response:
          // the child's identifiers and what was asked for, not who asked or how to reach them
          RECORD_OWNERS, EnumSet.of(SUMMARY, CLOCK, CHILD, REQUEST, DOCUMENTS, REDACTIONS),
          // they approve the response, extensions, refusals and disclosure packs
          MANAGERS,
          EnumSet.of(SUMMARY, CLOCK, REQUESTER, CHILD, REQUEST, DISCLOSURE_REQUEST, DOCUMENTS, NOTES,
              REDACTIONS, LINKED_CASES, LETTERS, AUDIT),
          DPO,
          EnumSet.of(SUMMARY, CLOCK, REQUESTER, CHILD, REQUEST, DISCLOSURE_REQUEST, DOCUMENTS, NOTES,
              REDACTIONS, LINKED_CASES, LETTERS, AUDIT),
          // they sign off sensitive disclosures: who asks, under which power, for what, about whom
          CALDICOTT_GUARDIAN,
          EnumSet.of(SUMMARY, CLOCK, REQUESTER, CHILD, REQUEST, DISCLOSURE_REQUEST, DOCUMENTS, NOTES,
              LINKED_CASES),
          // they keep the system running: where a case stands and what happened, not who it is about
          ADMINS, EnumSet.of(SUMMARY, CLOCK, AUDIT));

  private static final Map<String, Set<CaseAttachment.Kind>> DOCUMENT_KINDS =
      Map.of(
          OFFICERS, EnumSet.allOf(CaseAttachment.Kind.class),
          MANAGERS, EnumSet.allOf(CaseAttachment.Kind.class),
          DPO, EnumSet.allOf(CaseAttachment.Kind.class),
          // the bundle they give an opinion on; no identity papers, no correspondence
          RECORD_OWNERS, EnumSet.of(CaseAttachment.Kind.RESPONSE_BUNDLE),
          // the third party's request and correspondence; no identity papers, no bundle
          CALDICOTT_GUARDIAN,
          EnumSet.of(CaseAttachment.Kind.REQUEST_LETTER, CaseAttachment.Kind.CORRESPONDENCE,
              CaseAttachment.Kind.OTHER));

  /** Who may search for cases across the council: the IG team and administrators. */
  private static final Set<String> SEARCHERS = Set.of(OFFICERS, MANAGERS, DPO, ADMINS);

  /** Who sees the child's full name in search results; administrators see initials. */
  private static final Set<String> SEE_NAMES_IN_SEARCH = Set.of(OFFICERS, MANAGERS, DPO);

  /** Who may read the record of who looked at a case file. */
  private static final Set<String> ACCESS_LOG_READERS = Set.of(DPO, ADMINS);

  private CaseFileAccess() {}

  /** The parts a user in these groups may see; empty for groups that work no cases. */
  public static Set<CasePart> parts(Collection<String> groups) {
    Set<CasePart> parts = EnumSet.noneOf(CasePart.class);
    groups.forEach(group -> parts.addAll(PARTS.getOrDefault(group, Set.of())));
    return parts;
  }

  public static boolean maySee(Collection<String> groups, CasePart part) {
    return parts(groups).contains(part);
  }

  /** The kinds of document a user in these groups may list and download. */
  public static Set<CaseAttachment.Kind> documentKinds(Collection<String> groups) {
    Set<CaseAttachment.Kind> kinds = EnumSet.noneOf(CaseAttachment.Kind.class);
    if (maySee(groups, DOCUMENTS)) {
      groups.forEach(group -> kinds.addAll(DOCUMENT_KINDS.getOrDefault(group, Set.of())));
    }
    return kinds;
  }

  public static boolean maySearch(Collection<String> groups) {
    return groups.stream().anyMatch(SEARCHERS::contains);
  }

  public static boolean seesNamesInSearch(Collection<String> groups) {
    return groups.stream().anyMatch(SEE_NAMES_IN_SEARCH::contains);
  }

  public static boolean mayReadAccessLog(Collection<String> groups) {
    return groups.stream().anyMatch(ACCESS_LOG_READERS::contains);
  }

  /** "Alice Jones" → "A. J."; null stays null. */
  public static String initials(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : name.strip().split("[\\s-]+")) {
      if (!word.isEmpty()) {
        initials.append(initials.isEmpty() ? "" : " ")
            .appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
            .append('.');
      }
    }
    return initials.toString();
  }
}
