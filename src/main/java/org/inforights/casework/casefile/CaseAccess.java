package org.inforights.casework.casefile;

import static org.inforights.casework.casefile.CasePart.AUDIT;
import static org.inforights.casework.casefile.CasePart.AUTHORITY;
import static org.inforights.casework.casefile.CasePart.CHILD;
import static org.inforights.casework.casefile.CasePart.CLOCK;
import static org.inforights.casework.casefile.CasePart.DISCLOSURE_REQUEST;
import static org.inforights.casework.casefile.CasePart.LETTERS;
import static org.inforights.casework.casefile.CasePart.LINKED_CASES;
import static org.inforights.casework.casefile.CasePart.NOTES;
import static org.inforights.casework.casefile.CasePart.OTHER_DOCUMENTS;
import static org.inforights.casework.casefile.CasePart.REDACTION_LOG;
import static org.inforights.casework.casefile.CasePart.REQUEST;
import static org.inforights.casework.casefile.CasePart.REQUESTER;
import static org.inforights.casework.casefile.CasePart.REQUESTER_CONTACT;
import static org.inforights.casework.casefile.CasePart.SUMMARY;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.inforights.casework.platform.CurrentUser;
import org.inforights.casework.platform.SystemActions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Data minimisation within a case (docs/authorization-matrix.md): who may open which part of it.
 * A user may read a part when one of their groups' rows allows that part and either one of their
 * groups oversees every case (IG officers, IG managers, administrators) or they work on this case:
 * an open task of the case is assigned to them or offered to one of their groups, or they completed
 * one. A record owner searching one system therefore reads that case's request letter and notes,
 * but no other case's, and never the requester's identity evidence.
 */
@Component
public class CaseAccess {

  /**
   * Each group's row: the parts it may read. A group not listed reads none. Officers and
   * administrators read everything; managers approve responses, extensions and refusals without
   * needing to reach the requester; record owners search their system and give serious-harm
   * opinions from the child's identifiers and what was asked for, not from who asked; the DPO reviews
   * breaches and exemptions; the Caldicott Guardian decides the disclosures put to them; the
   * out-of-hours team shares at once on the urgent cases it holds a task on, so reads them whole.
   */
  static final Map<String, Set<CasePart>> MATRIX =
      Map.of(
          "ig-officers", EnumSet.allOf(CasePart.class),
          "ig-managers", EnumSet.complementOf(EnumSet.of(REQUESTER_CONTACT)),
          "camunda-admin", EnumSet.allOf(CasePart.class),
          "record-owners", EnumSet.of(SUMMARY, CLOCK, CHILD, REQUEST, OTHER_DOCUMENTS, NOTES),
          "dpo",
          EnumSet.of(SUMMARY, CLOCK, REQUESTER, CHILD, REQUEST, DISCLOSURE_REQUEST, OTHER_DOCUMENTS, NOTES,
              REDACTION_LOG, AUTHORITY, LINKED_CASES, LETTERS, AUDIT),
          "caldicott-guardian",
          EnumSet.of(SUMMARY, CLOCK, REQUESTER, CHILD, REQUEST, DISCLOSURE_REQUEST, OTHER_DOCUMENTS, NOTES,
              REDACTION_LOG, LINKED_CASES),
          "out-of-hours", EnumSet.allOf(CasePart.class));

  /** Groups that oversee every case, so need no task on it. */
  static final Set<String> EVERY_CASE = Set.of("ig-officers", "ig-managers", "camunda-admin");

  private final CurrentUser currentUser;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final SystemActions system;

  CaseAccess(
      CurrentUser currentUser, TaskService taskService, HistoryService historyService, SystemActions system) {
    this.currentUser = currentUser;
    this.taskService = taskService;
    this.historyService = historyService;
    this.system = system;
  }

  /** Refuses (403) unless the current user may read {@code part} of case {@code reference}. */
  public void requireRead(String reference, CasePart part) {
    if (!mayRead(reference, part)) {
      throw new AccessDeniedException("Your groups may not open this part of this case");
    }
  }

  /** The parts of case {@code reference} the current user may read. */
  public Set<CasePart> readable(String reference) {
    if (currentUser.isSystem()) {
      return EnumSet.allOf(CasePart.class); // the system itself
    }
    List<String> groups = currentUser.groupIds();
    Set<CasePart> parts = EnumSet.noneOf(CasePart.class);
    groups.forEach(group -> parts.addAll(MATRIX.getOrDefault(group, Set.of())));
    if (parts.isEmpty() || groups.stream().anyMatch(EVERY_CASE::contains)) {
      return parts;
    }
    return worksOn(reference, currentUser.id(), groups) ? parts : EnumSet.noneOf(CasePart.class);
  }

  public boolean mayRead(String reference, CasePart part) {
    return readable(reference).contains(part);
  }

  /** An open task of the case for the user or their groups, or a task of it they completed. */
  private boolean worksOn(String reference, String userId, List<String> groups) {
    return system.call(
        () ->
            taskService.createTaskQuery().processInstanceBusinessKey(reference).taskAssignee(userId).count() > 0
                || (!groups.isEmpty()
                    && taskService.createTaskQuery()
                            .processInstanceBusinessKey(reference)
                            .taskCandidateGroupIn(groups)
                            .includeAssignedTasks()
                            .count()
                        > 0)
                || historyService.createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .taskAssignee(userId)
                        .finished()
                        .count()
                    > 0);
  }
}
