package org.inforights.casework.workspace;

import static org.inforights.casework.casefile.CasePart.AUDIT;
import static org.inforights.casework.casefile.CasePart.AUTHORITY;
import static org.inforights.casework.casefile.CasePart.CHILD;
import static org.inforights.casework.casefile.CasePart.CLOCK;
import static org.inforights.casework.casefile.CasePart.DISCLOSURE_REQUEST;
import static org.inforights.casework.casefile.CasePart.IDENTITY_EVIDENCE;
import static org.inforights.casework.casefile.CasePart.OTHER_DOCUMENTS;
import static org.inforights.casework.casefile.CasePart.LETTERS;
import static org.inforights.casework.casefile.CasePart.LINKED_CASES;
import static org.inforights.casework.casefile.CasePart.NOTES;
import static org.inforights.casework.casefile.CasePart.REDACTION_LOG;
import static org.inforights.casework.casefile.CasePart.REQUEST;
import static org.inforights.casework.casefile.CasePart.REQUESTER;
import static org.inforights.casework.casefile.CasePart.REQUESTER_CONTACT;
import static org.inforights.casework.casefile.CasePart.SUMMARY;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseAccess;
import org.inforights.casework.casefile.CaseAccessLog;
import org.inforights.casework.casefile.CaseDocuments;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileQueries;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseLetters;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CasePart;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.CaseView;
import org.inforights.casework.casefile.Child;
import org.inforights.casework.disclosure.DisclosureParticulars;
import org.inforights.casework.platform.SystemActions;
import org.inforights.casework.sar.ChildAuthorities;
import org.inforights.casework.sar.HealthClearances;
import org.inforights.casework.sar.RedactionLines;
import org.inforights.casework.sar.SarIntake;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case workspace over REST: {@code GET /api/cases/{reference}/workspace} gives the parts of the
 * case the caller may read ({@link CaseAccess}: by their groups, and for groups that do not oversee
 * every case, only while they work on it) and records each part shown on the
 * case's access log; {@code GET /api/tasks/{taskId}/case} tells Tasklist's "Case" tab which case a
 * task belongs to, for a task the caller may see.
 */
@RestController
class CaseWorkspaceController {

  private final CaseFileQueries files;
  private final CaseFileService cases;
  private final CaseDocuments documents;
  private final RedactionLines redactions;
  private final DisclosureParticulars disclosures;
  private final CaseAccessLog accessLog;
  private final CaseAccess access;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final SystemActions system;
  private final SarIntake sarIntake;
  private final ChildAuthorities childAuthorities;
  private final HealthClearances healthClearances;
  private final java.time.Clock time;
  private final CaseLetters letters;
  private final HistoryService historyService;

  CaseWorkspaceController(
      CaseFileQueries files,
      CaseFileService cases,
      CaseDocuments documents,
      RedactionLines redactions,
      DisclosureParticulars disclosures,
      CaseAccessLog accessLog,
      CaseAccess access,
      TaskService taskService,
      RuntimeService runtimeService,
      SystemActions system,
      SarIntake sarIntake,
      ChildAuthorities childAuthorities,
      HealthClearances healthClearances,
      java.time.Clock time,
      CaseLetters letters,
      HistoryService historyService) {
    this.sarIntake = sarIntake;
    this.childAuthorities = childAuthorities;
    this.healthClearances = healthClearances;
    this.time = time;
    this.files = files;
    this.cases = cases;
    this.documents = documents;
    this.redactions = redactions;
    this.disclosures = disclosures;
    this.accessLog = accessLog;
    this.access = access;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.system = system;
    this.letters = letters;
    this.historyService = historyService;
  }

  /** The case a task belongs to: the business key of its process instance. */
  record TaskCase(String taskId, String reference) {}

  @GetMapping("/api/tasks/{taskId}/case")
  TaskCase caseOfTask(@PathVariable String taskId) {
    // the caller's own task query: a task they may not see is not found
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      throw new CaseNotFoundException("task " + taskId);
    }
    ProcessInstance instance =
        system.call(
            () -> runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult());
    if (instance == null || instance.getBusinessKey() == null || files.find(instance.getBusinessKey()).isEmpty()) {
      throw new CaseNotFoundException("task " + taskId);
    }
    return new TaskCase(taskId, instance.getBusinessKey());
  }

  @GetMapping("/api/cases/{reference}/workspace")
  @Transactional(readOnly = true)
  CaseWorkspace workspace(@PathVariable String reference) {
    CaseFile file = files.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    Set<CasePart> parts = access.readable(reference);
    access.requireRead(reference, SUMMARY);
    boolean sar = file.type() == CaseType.SAR;
    Set<CasePart> shown = EnumSet.copyOf(parts);
    if (sar) {
      shown.remove(DISCLOSURE_REQUEST);
    } else {
      shown.remove(REDACTION_LOG);
      shown.remove(AUTHORITY);
    }
    CaseView view = cases.view(file);
    CaseWorkspace workspace =
        new CaseWorkspace(
            file.reference(),
            file.type().name(),
            file.status().name(),
            shown,
            shown.contains(SUMMARY)
                ? new CaseWorkspace.Summary(file.receivedOn(), file.closedOn(), name(file.outcome()), file.breachedOn())
                : null,
            shown.contains(CLOCK) ? clock(file, view) : null,
            shown.contains(REQUESTER) && file.requester() != null
                ? new CaseWorkspace.Requester(file.requester().name(), name(file.requester().relationship()), file.channel())
                : null,
            shown.contains(REQUESTER_CONTACT) && file.requester() != null && sar
                ? new CaseWorkspace.Contact(file.requester().email())
                : null,
            shown.contains(CHILD) ? children(file) : null,
            shown.contains(REQUEST) ? new CaseWorkspace.Request(file.description()) : null,
            shown.contains(DISCLOSURE_REQUEST) ? disclosures.of(reference).orElse(null) : null,
            shown.contains(DISCLOSURE_REQUEST) && shown.contains(REQUESTER_CONTACT)
                ? disclosures.contact(reference).map(CaseWorkspace.Contact::new).orElse(null)
                : null,
            shown.contains(IDENTITY_EVIDENCE) || shown.contains(OTHER_DOCUMENTS) ? documents(reference, shown) : null,
            shown.contains(NOTES)
                ? documents.notes(reference).stream()
                    .map(note -> new CaseWorkspace.Note(note.id(), note.author(), note.writtenAt(), note.text()))
                    .toList()
                : null,
            shown.contains(REDACTION_LOG) ? redactions.of(reference) : null,
            shown.contains(REDACTION_LOG) ? redactions.exemptionsFor(file) : null,
            shown.contains(AUTHORITY) ? authority(reference) : null,
            shown.contains(LINKED_CASES) ? linkedCases(file) : null,
            shown.contains(LETTERS) ? letters(file) : null,
            shown.contains(AUDIT) ? audit(file) : null);
    accessLog.viewed(reference, shown, "GET /api/cases/" + reference + "/workspace");
    return workspace;
  }

  private CaseWorkspace.Authority authority(String reference) {
    return new CaseWorkspace.Authority(
        sarIntake.intermediaryOf(reference).orElse(null),
        childAuthorities.of(reference).orElse(null),
        healthClearances.of(reference),
        healthClearances.earlierOpinionAbout(reference, java.time.LocalDate.now(time)).orElse(null));
  }

  private static CaseWorkspace.Clock clock(CaseFile file, CaseView view) {
    return new CaseWorkspace.Clock(
        view.receivedOn(),
        view.clockStartsOn(),
        view.dueOn(),
        view.dueOnExplanation(),
        view.extendedDueOn(),
        view.extendedDueOnExplanation(),
        file.extensionReason(),
        file.extensionDecidedOn(),
        view.daysPaused(),
        file.targetWorkingDays(),
        name(view.deadlineState()),
        view.clockStops());
  }

  private static List<CaseWorkspace.Child> children(CaseFile file) {
    List<CaseWorkspace.Child> children = new ArrayList<>();
    if (file.subject() != null && file.subject().name() != null) {
      children.add(new CaseWorkspace.Child(
          file.subject().name(), file.subject().dateOfBirth(), name(file.subject().cohort()),
          List.copyOf(file.formerNames())));
    }
    file.children().forEach(child -> children.add(new CaseWorkspace.Child(child.name(), child.dateOfBirth(), null, null)));
    return children;
  }

  private List<CaseWorkspace.Document> documents(String reference, Set<CasePart> shown) {
    return documents.attachments(reference).stream()
        .filter(summary -> CasePart.covers(shown, summary.kind()))
        .map(summary -> CaseWorkspace.Document.of(reference, summary))
        .toList();
  }

  /** Cases linked at intake, then every other case, open or closed, about the same child. */
  private List<CaseWorkspace.LinkedCase> linkedCases(CaseFile file) {
    Map<String, CaseWorkspace.LinkedCase> linked = new LinkedHashMap<>();
    for (String other : cases.linkedReferences(file)) {
      files.find(other).ifPresent(o -> linked.put(other, linkedCase(o, true)));
    }
    List<Child> about = new ArrayList<>(file.children());
    if (file.subject() != null && file.subject().name() != null && file.subject().dateOfBirth() != null) {
      about.add(new Child(file.subject().name(), file.subject().dateOfBirth()));
    }
    for (Child child : about) {
      String name = CaseFileService.normalisedName(child.name());
      for (CaseFile other : files.aboutChild(name, child.dateOfBirth())) {
        if (!other.reference().equals(file.reference())) {
          linked.putIfAbsent(other.reference(), linkedCase(other, false));
        }
      }
    }
    return List.copyOf(linked.values());
  }

  private static CaseWorkspace.LinkedCase linkedCase(CaseFile file, boolean linked) {
    return new CaseWorkspace.LinkedCase(file.reference(), file.type().name(), file.status().name(), file.receivedOn(), linked);
  }

  private List<CaseWorkspace.Letter> letters(CaseFile file) {
    return letters.of(file.reference()).stream()
        .map(l -> new CaseWorkspace.Letter(l.letterType(), l.sentAt(), l.sentBy(), l.subject(), l.text()))
        .toList();
  }

  /** The audit action of a step of the case's process someone completed; its detail is the step's name. */
  static final String STEP_COMPLETED = "STEP_COMPLETED";

  /**
   * Who did what, when: the case file's own entries and, from the engine's history, every step of
   * the case's processes and who completed it, the earliest first.
   */
  private List<CaseWorkspace.Audit> audit(CaseFile file) {
    List<CaseWorkspace.Audit> audit = new ArrayList<>();
    file.audit().forEach(entry ->
        audit.add(new CaseWorkspace.Audit(entry.occurredAt(), entry.actor(), entry.storedAction(), entry.detail())));
    List<HistoricTaskInstance> steps =
        system.call(() -> historyService.createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(file.reference())
            .finished()
            .list());
    // who completed a step: the engine's operation log says it even for a task completed unclaimed
    Map<String, String> completedBy = new java.util.HashMap<>();
    if (!steps.isEmpty()) {
      system.run(() -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(file.reference())
          .list()
          .forEach(instance -> historyService.createUserOperationLogQuery()
              .processInstanceId(instance.getId())
              .entityType(EntityTypes.TASK)
              .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
              .list()
              .forEach(entry -> {
                if (entry.getTaskId() != null && entry.getUserId() != null) {
                  completedBy.putIfAbsent(entry.getTaskId(), entry.getUserId());
                }
              })));
    }
    steps.stream()
        .filter(step -> COMPLETED.equals(step.getDeleteReason()) && step.getEndTime() != null)
        .forEach(step -> audit.add(new CaseWorkspace.Audit(step.getEndTime().toInstant(),
            completedBy.getOrDefault(step.getId(), step.getAssignee()), STEP_COMPLETED, step.getName())));
    audit.sort(java.util.Comparator.comparing(CaseWorkspace.Audit::occurredAt));
    return audit;
  }

  /** How the engine's history marks a task that was completed rather than cancelled. */
  private static final String COMPLETED = "completed";

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
