package org.inforights.casework.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.inforights.casework.deadline.DeadlineMoved;
import org.inforights.casework.deadline.StatutoryClock;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens case files and moves their clock. Each call is one transaction: a rule broken half-way
 * leaves the case as it was.
 */
@Service
public class CaseFileService {

  /**
   * The most possible duplicates one intake links, the latest first: a requester who sends the same
   * request dozens of times needs a look from the officer, not dozens of links on every case.
   */
  static final int MAX_POSSIBLE_DUPLICATES = 10;

  private final CaseFileRepository repository;
  private final CaseReferences references;
  private final StatutoryClock statutoryClock;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final CaseNoteRepository notes;
  private final CaseAttachmentRepository attachments;
  private final IntakeProperties intake;

  CaseFileService(
      CaseFileRepository repository,
      CaseReferences references,
      StatutoryClock statutoryClock,
      CurrentUser currentUser,
      Clock clock,
      ApplicationEventPublisher events,
      CaseNoteRepository notes,
      CaseAttachmentRepository attachments,
      IntakeProperties intake) {
    this.repository = repository;
    this.references = references;
    this.statutoryClock = statutoryClock;
    this.currentUser = currentUser;
    this.clock = clock;
    this.events = events;
    this.notes = notes;
    this.attachments = attachments;
    this.intake = intake;
  }

  /** Registers a SAR with the next SAR reference of this year. */
  @Transactional
  public CaseFile registerSar(NewSar request) {
    return linkToCasesAboutTheSameChild(
        repository.save(CaseFile.registerSar(request, opening(CaseType.SAR, request.receivedOn()))));
  }

  /** Registers a disclosure request, on its internal target, with the next disclosure reference of this year. */
  @Transactional
  public CaseFile registerDisclosure(NewDisclosure request) {
    return linkToCasesAboutTheSameChild(
        repository.save(CaseFile.registerDisclosure(request, opening(CaseType.DISCLOSURE, request.receivedOn()))));
  }

  private CaseFile.Opening opening(CaseType type, LocalDate receivedOn) {
    LocalDate today = LocalDate.now(clock);
    return new CaseFile.Opening(
        references.next(type, today.getYear()),
        receivedOn == null ? today : receivedOn,
        statutoryClock,
        currentUser.id(),
        clock.instant());
  }

  /** Routing set the case's internal target anew; its process's timers move with it. */
  @Transactional
  public CaseView setTarget(String reference, int targetWorkingDays) {
    return setTarget(reference, targetWorkingDays, null);
  }

  /** As {@link #setTarget(String, int)}, in hours of calendar time when {@code targetHours} is given. */
  @Transactional
  public CaseView setTarget(String reference, int targetWorkingDays, Integer targetHours) {
    return changeDeadline(
        reference,
        DeadlineMoved.Cause.TARGET_SET,
        file -> file.setTarget(
            new InternalTarget(targetWorkingDays, targetHours), statutoryClock, currentUser.id(), clock.instant()));
  }

  /**
   * Links a new case to every open case of the other type about the same child (same name, ignoring
   * case and spacing, and date of birth) — a disclosure request about a child with an open SAR —
   * and to every case of its own type from the same requester about the same child received within
   * the duplicate window (a possible duplicate, open or closed). A link to a case of the other type
   * is stored both ways and the other case's process is told; a possible duplicate is stored on the
   * new case only, and the earlier case's view finds it ({@link #linkedReferences(CaseFile)}).
   */
  private CaseFile linkToCasesAboutTheSameChild(CaseFile file) {
    List<Child> about =
        file.subject() != null
            ? List.of(new Child(file.subject().name(), file.subject().dateOfBirth()))
            : file.children();
    for (Child child : about) {
      if (child.name() == null || child.dateOfBirth() == null) {
        continue;
      }
      String name = normalisedName(child.name());
      for (CaseFile other : repository.findOpenAboutChild(file.type(), name, child.dateOfBirth())) {
        if (!other.reference().equals(file.reference()) && !file.linkedReferences().contains(other.reference())) {
          file.linkTo(other, currentUser.id(), clock.instant());
          events.publishEvent(new CasesLinked(other.reference(), other.linkedReferences()));
        }
      }
      if (file.requester() == null || file.requester().name() == null) {
        continue;
      }
      int window = intake.duplicateWindowDays();
      List<CaseFile> sameRequest =
          repository
              .findSameRequesterAndChild(
                  file.type(), normalisedName(file.requester().name()), name, child.dateOfBirth(),
                  file.receivedOn().minusDays(window), file.receivedOn().plusDays(window))
              .stream()
              .filter(other -> !other.reference().equals(file.reference()))
              .sorted(java.util.Comparator.comparing(CaseFile::receivedOn).thenComparing(CaseFile::reference).reversed())
              .limit(MAX_POSSIBLE_DUPLICATES)
              .toList();
      // one way: the earlier cases are not written, so identical requests arriving together do
      // not queue on the same rows and process variables; their views find the link
      for (CaseFile other : sameRequest) {
        file.markPossibleDuplicateOf(other, currentUser.id(), clock.instant());
      }
    }
    return file;
  }

  /** A name as the link and lookup queries compare it: stripped, single-spaced, lower case. */
  public static String normalisedName(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Transactional(readOnly = true)
  public CaseView view(String reference) {
    return view(find(reference));
  }

  /** The case with this reference, for the processes' delegates. */
  @Transactional(readOnly = true)
  public CaseFile get(String reference) {
    return find(reference);
  }

  /** The view of a case as of today. */
  public CaseView view(CaseFile file) {
    LocalDate today = LocalDate.now(clock);
    boolean saved = file.id() != null;
    List<String> laterDuplicates = laterPossibleDuplicates(file);
    return CaseView.of(
        file,
        file.deadlinesOn(today, statutoryClock),
        file.deadlineStatus(today, statutoryClock),
        saved ? notes.countByCaseId(file.id()) : 0,
        saved ? attachments.summaries(file.id()) : List.of(),
        merged(file.linkedReferences(), laterDuplicates),
        merged(file.possibleDuplicates(), laterDuplicates));
  }

  /**
   * References of every case linked to this one, both ways: those it stores and the later cases
   * that found it as their possible duplicate.
   */
  @Transactional(readOnly = true)
  public List<String> linkedReferences(CaseFile file) {
    return merged(file.linkedReferences(), laterPossibleDuplicates(file));
  }

  private List<String> laterPossibleDuplicates(CaseFile file) {
    return file.id() == null ? List.of() : repository.findReferencesOfPossibleDuplicatesOf(file.reference());
  }

  private static List<String> merged(List<String> stored, List<String> found) {
    if (found.isEmpty()) {
      return stored;
    }
    return java.util.stream.Stream.concat(stored.stream(), found.stream()).distinct().sorted().toList();
  }

  @Transactional
  public CaseView stopClock(String reference, ClockStopReason reason, LocalDate askedOn) {
    return changeDeadline(
        reference,
        DeadlineMoved.Cause.CLOCK_STOPPED,
        file -> file.stopClock(reason, askedOn, currentUser.id(), clock.instant()));
  }

  /**
   * The clock stops from a day before today, which the DPO confirms was when the council asked:
   * the stop as {@link #stopClock}, and the confirmation in the audit trail under the DPO's name,
   * so that no one can move a case's clock back unseen.
   */
  @Transactional
  public CaseView stopClockAskedEarlier(String reference, ClockStopReason reason, LocalDate askedOn) {
    CaseView view = stopClock(reference, reason, askedOn);
    find(reference)
        .recordAudit(
            clock.instant(),
            currentUser.id(),
            AuditAction.CLOCK_STOP_DATE_CONFIRMED,
            reason + " asked on " + askedOn + ", recorded on " + LocalDate.now(clock) + ", confirmed by the DPO");
    return view;
  }

  /**
   * A stop asked for through the API, from the day given: {@link #stopClockAskedEarlier} when that
   * day is before today (the API lets only the DPO give one), {@link #stopClock} otherwise.
   */
  @Transactional
  public CaseView stopClockAsAsked(String reference, ClockStopReason reason, LocalDate askedOn) {
    return askedOn.isBefore(LocalDate.now(clock))
        ? stopClockAskedEarlier(reference, reason, askedOn)
        : stopClock(reference, reason, askedOn);
  }

  @Transactional
  public CaseView resolveClockStop(String reference, LocalDate receivedOn) {
    CaseFile file = find(reference);
    DeadlineMoved.Cause cause =
        file.clockStops().stream()
                .anyMatch(stop -> stop.isOpen() && stop.reason().restartsClock())
            ? DeadlineMoved.Cause.CLOCK_RESTARTED
            : DeadlineMoved.Cause.CLOCK_RESUMED;
    return changeDeadline(
        reference,
        cause,
        changed -> changed.resolveClockStop(receivedOn, statutoryClock, currentUser.id(), clock.instant()));
  }

  /**
   * A manager extends the case on a ground UK GDPR Art 12(3) allows, with the reasons the requester
   * is told. The REST call and the Tasklist step pass today; earlier days are for callers that set
   * up a case's history.
   */
  @Transactional
  public CaseView extend(String reference, ExtensionGround ground, String reason, LocalDate decidedOn) {
    return changeDeadline(
        reference,
        DeadlineMoved.Cause.EXTENDED,
        file -> file.extend(ground, reason, decidedOn, statutoryClock, currentUser.id(), clock.instant()));
  }

  /**
   * The case ends; on time or late against the deadline in force. Nothing is returned: a closing
   * step has no use for the case's view, and building it costs the queries of notes and documents.
   */
  @Transactional
  public void close(String reference, Outcome outcome, LocalDate closedOn) {
    find(reference).close(outcome, closedOn, currentUser.id(), clock.instant());
  }

  /**
   * A complaint about the case was received: a review of it starts. A complaint may come at any
   * time (DPA 2018 s.164A), but not before the request it is about.
   */
  @Transactional
  public void recordComplaint(String reference, String grounds, LocalDate receivedOn) {
    CaseFile file = find(reference);
    if (receivedOn.isBefore(file.receivedOn())) {
      throw new InvalidCaseInputException(
          "receivedOn", "must not be before the request was received (" + file.receivedOn() + ")");
    }
    file.recordAudit(clock.instant(), currentUser.id(), AuditAction.COMPLAINT_RECEIVED, grounds + " received " + receivedOn);
  }

  /** The internal review's outcome was sent to the requester. */
  @Transactional
  public void recordReviewOutcome(String reference, String outcome) {
    find(reference).recordAudit(clock.instant(), currentUser.id(), AuditAction.REVIEW_DECIDED, outcome);
  }

  /**
   * A letter went to the requester: its type and when, on the audit trail only. Letters sent through
   * {@code letters/Letters} are kept with their text by {@link CaseLetters#sent}.
   */
  @Transactional
  public void recordLetterSent(String reference, String letterType) {
    find(reference).recordAudit(clock.instant(), currentUser.id(), AuditAction.LETTER_SENT, letterType);
  }

  /**
   * Names the subject of a SAR was known by before (a care leaver's birth or foster name), each
   * recorded once with its spacing tidied, so that a search by any of them finds the case
   * (UK GDPR Art 15(1A): a reasonable search looks under every name). Answers them all.
   */
  @Transactional
  public List<String> addFormerNames(String reference, List<String> names) {
    CaseFile file = find(reference);
    if (file.type() != CaseType.SAR) {
      throw new InvalidCaseInputException("name", "a disclosure request's children have no former names here");
    }
    for (String name : names) {
      file.addFormerName(name.strip().replaceAll("\\s+", " "), currentUser.id(), clock.instant());
    }
    return List.copyOf(file.formerNames());
  }

  /**
   * Something done about the case's response (an approval, a download link, a download) on its
   * audit trail, by {@code actor}: the signed-in user, or the requester, who signs in nowhere. The
   * detail names hashes, dates and link numbers, never personal data.
   */
  @Transactional
  public void recordResponseAction(String reference, String actor, AuditAction action, String detail) {
    find(reference).recordAudit(clock.instant(), actor == null ? currentUser.id() : actor, action, detail);
  }

  /**
   * Another feature's action on the case (a redaction marked or removed, a redacted copy made) on
   * its audit trail, under the signed-in user's name, in the caller's transaction when it has one.
   * The detail names documents, pages and log lines by number, never a person.
   */
  @Transactional
  public void recordAction(String reference, AuditAction action, String detail) {
    recordResponseAction(reference, null, action, detail);
  }

  /** The statutory deadline passed with the case still open. */
  @Transactional
  public CaseView recordBreach(String reference) {
    return change(
        reference, file -> file.recordBreach(LocalDate.now(clock), currentUser.id(), clock.instant()));
  }

  /** A change that moves the deadline: the case's process hears of it in the same transaction. */
  private CaseView changeDeadline(
      String reference, DeadlineMoved.Cause cause, Consumer<CaseFile> action) {
    CaseView view = change(reference, action);
    events.publishEvent(
        new DeadlineMoved(
            view.reference(),
            view.extendedDueOn() != null ? view.extendedDueOn() : view.dueOn(),
            view.extendedDueOn() != null ? view.extendedDueOnExplanation() : view.dueOnExplanation(),
            cause,
            view.extendedDueOn() != null ? null : find(reference).dueAt()));
    return view;
  }

  private CaseView change(String reference, Consumer<CaseFile> action) {
    CaseFile file = find(reference);
    action.accept(file);
    repository.flush();
    return view(file);
  }

  private CaseFile find(String reference) {
    return repository.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
  }
}
