package org.inforights.casework.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.inforights.casework.deadline.ClockStartReason;
import org.inforights.casework.deadline.Deadline;
import org.inforights.casework.deadline.StatutoryClock;

/**
 * The case file both processes share: who asks, about which child, and the statutory clock with
 * its stops and extension, plus an append-only audit trail. The process holds only the reference.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, updatable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type", nullable = false, updatable = false)
  private CaseType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Column(nullable = false)
  private String channel;

  @Embedded private Requester requester;

  @Embedded private Subject subject;

  @Column(length = 4000)
  private String description;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "clock_starts_on", nullable = false)
  private LocalDate clockStartsOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "clock_start_reason", nullable = false)
  private ClockStartReason clockStartReason;

  @Column(name = "days_paused", nullable = false)
  private int daysPaused;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "due_on_explanation", nullable = false, length = 500)
  private String dueOnExplanation;

  @Column(name = "extended_due_on")
  private LocalDate extendedDueOn;

  @Column(name = "extended_due_on_explanation", length = 500)
  private String extendedDueOnExplanation;

  @Column(name = "extension_reason", length = 2000)
  private String extensionReason;

  @Column(name = "extension_decided_on")
  private LocalDate extensionDecidedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "extension_ground", length = 16)
  private ExtensionGround extensionGround;

  @Column(name = "breached_on")
  private LocalDate breachedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  @OrderBy("askedOn, id")
  private List<ClockStop> clockStops = new ArrayList<>();

  // append-only: an entry alone (a link found by another case's intake) does not conflict with a
  // concurrent change of the case itself
  @OneToMany(cascade = CascadeType.PERSIST)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  @OrderBy("occurredAt, id")
  @OptimisticLock(excluded = true)
  private List<AuditEntry> audit = new ArrayList<>();

  /**
   * A disclosure request's internal target; null for a SAR, whose deadline is the statutory month.
   * Which of the two applies follows from the case's {@link #type}, never from this being null.
   */
  @Embedded private InternalTarget target;

  /** The moment a target in hours falls due; null for a deadline due by the end of a day. */
  @Column(name = "due_at")
  private Instant dueAt;

  /** The children a disclosure request names; a SAR's child is its {@link #subject}. */
  @ElementCollection
  @CollectionTable(name = "case_child", joinColumns = @JoinColumn(name = "case_id"))
  @OrderBy("name")
  private List<Child> children = new ArrayList<>();

  /**
   * Names the subject was known by before (a care leaver's birth name, a name before adoption):
   * their records may be filed under them, so a search finds the case by them too.
   */
  @ElementCollection
  @CollectionTable(name = "case_former_name", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "name", nullable = false, length = 200)
  @OrderBy
  private List<String> formerNames = new ArrayList<>();

  /**
   * Other cases about the same child, by reference; added by their intake, never removed. A case of
   * the other type is linked both ways; a possible duplicate only on the later case.
   */
  @ElementCollection
  @CollectionTable(name = "case_link", joinColumns = @JoinColumn(name = "case_id"))
  @OptimisticLock(excluded = true)
  private Set<CaseLink> links = new HashSet<>();

  protected CaseFile() {}

  /** Who registers a case under which reference, and when; the clock that counts its deadline. */
  record Opening(String reference, LocalDate receivedOn, StatutoryClock clock, String actor, Instant at) {}

  /** Opens a SAR about its subject; the statutory clock starts on the day it was received. */
  static CaseFile registerSar(NewSar request, Opening opening) {
    CaseFile file = new CaseFile();
    file.subject = request.subject();
    file.open(CaseType.SAR, request.channel(), request.requester(), request.description(), opening);
    return file;
  }

  /**
   * Opens a disclosure request about the children it names; its deadline is its internal target,
   * from receipt in working days or, for a target in hours, from the moment it was registered.
   */
  static CaseFile registerDisclosure(NewDisclosure request, Opening opening) {
    CaseFile file = new CaseFile();
    file.target = request.target();
    file.children.addAll(request.children());
    file.open(CaseType.DISCLOSURE, request.channel(), request.requester(), request.description(), opening);
    return file;
  }

  private void open(CaseType type, String channel, Requester requester, String description, Opening opening) {
    LocalDate receivedOn = opening.receivedOn();
    if (subject != null && subject.dateOfBirth() != null && subject.dateOfBirth().isAfter(receivedOn)) {
      throw new InvalidCaseInputException(
          "subject.dateOfBirth", "must not be after the request was received (" + receivedOn + ")");
    }
    for (int i = 0; i < children.size(); i++) {
      LocalDate born = children.get(i).dateOfBirth();
      if (born != null && born.isAfter(receivedOn)) {
        throw new InvalidCaseInputException(
            "children[" + i + "].dateOfBirth", "must not be after the request was received (" + receivedOn + ")");
      }
    }
    this.reference = opening.reference();
    this.type = type;
    this.status = CaseStatus.OPEN;
    this.channel = channel;
    this.requester = requester;
    this.description = description;
    this.receivedOn = receivedOn;
    this.clockStartsOn = receivedOn;
    this.clockStartReason = ClockStartReason.REQUEST_RECEIVED;
    this.daysPaused = 0;
    this.registeredAt = opening.at();
    recomputeDeadlines(opening.clock());
    record(opening.at(), opening.actor(), AuditAction.REGISTERED, "received " + receivedOn + "; due " + dueOn);
  }

  /**
   * The internal target is set anew (routing decided it after triage, or the work became urgent):
   * counted from the clock start, with the days already paused.
   */
  void setTarget(InternalTarget newTarget, StatutoryClock clock, String actor, Instant at) {
    requireNotClosed();
    if (type.runsOnStatutoryClock()) {
      throw new CaseStateConflictException(reference + " runs on the statutory clock, not an internal target");
    }
    if (newTarget.equals(target)) {
      return;
    }
    LocalDate previousDue = dueOn;
    target = newTarget;
    recomputeDeadlines(clock);
    record(at, actor, AuditAction.TARGET_SET,
        (newTarget.inHours() ? newTarget.hours() + " hours" : newTarget.workingDays() + " working days")
            + "; due " + previousDue + " → " + dueOn);
  }

  /** Another open case is about the same child: each case names the other. */
  void linkTo(CaseFile other, String actor, Instant at) {
    if (link(other, LinkReason.SAME_CHILD, actor, at)) {
      other.link(this, LinkReason.SAME_CHILD, actor, at);
    }
  }

  /**
   * Another case of the same type, from the same requester about the same child, was received
   * within days of this one: likely the same request twice; the officer decides. Only this case
   * stores the link: the earlier case is left untouched, so identical requests arriving together
   * do not all write the same earlier cases, and its view finds the link by the reference it
   * points at ({@link CaseFileService#view(CaseFile)}).
   */
  void markPossibleDuplicateOf(CaseFile other, String actor, Instant at) {
    link(other, LinkReason.POSSIBLE_DUPLICATE, actor, at);
  }

  /** Links this case to {@code other}, one way; whether the link is new. */
  private boolean link(CaseFile other, LinkReason reason, String actor, Instant at) {
    if (other.reference.equals(reference) || isLinkedTo(other.reference)) {
      return false;
    }
    links.add(new CaseLink(other.reference, at, reason));
    record(
        at,
        actor,
        AuditAction.LINKED,
        (reason == LinkReason.POSSIBLE_DUPLICATE ? "possible duplicate of " : "same child as ")
            + other.reference + " (" + other.type + ")");
    return true;
  }

  private boolean isLinkedTo(String otherReference) {
    return links.stream().anyMatch(link -> link.linkedReference().equals(otherReference));
  }

  /** The council asks for evidence or clarification: the clock stops from {@code askedOn}. */
  void stopClock(ClockStopReason reason, LocalDate askedOn, String actor, Instant at) {
    checkClockStop(reason, askedOn);
    clockStops.add(new ClockStop(reason, askedOn));
    status = CaseStatus.CLOCK_STOPPED;
    record(at, actor, AuditAction.CLOCK_STOPPED, reason + " asked on " + askedOn);
  }

  /** Refuses, naming why, a stop {@link #stopClock} would refuse; changes nothing. */
  void checkClockStop(ClockStopReason reason, LocalDate askedOn) {
    requireNotClosed();
    Optional<ClockStop> open = openClockStop();
    if (open.isPresent()) {
      throw new CaseStateConflictException(
          "The clock of "
              + reference
              + " is already stopped ("
              + open.get().reason()
              + ", asked on "
              + open.get().askedOn()
              + "): record the answer first");
    }
    if (askedOn.isBefore(receivedOn)) {
      throw new InvalidCaseInputException(
          "askedOn", "must not be before the request was received (" + receivedOn + ")");
    }
    if (reason == ClockStopReason.CLARIFICATION && askedOn.isBefore(clockStartsOn)) {
      throw new InvalidCaseInputException(
          "askedOn", "must not be before the clock started (" + clockStartsOn + ")");
    }
    lastResolvedStop()
        .filter(previous -> askedOn.isBefore(previous.receivedOn())
            || (previous.reason() == ClockStopReason.CLARIFICATION
                && !askedOn.isAfter(previous.receivedOn())))
        .ifPresent(
            previous -> {
              throw new InvalidCaseInputException(
                  "askedOn",
                  "must be after the previous stop ended (" + previous.receivedOn() + ")");
            });
  }

  /**
   * The evidence or answer arrived. Evidence starts the clock afresh that day; a clarification's
   * days, asked to received inclusive, are added to the deadline.
   */
  void resolveClockStop(LocalDate answeredOn, StatutoryClock clock, String actor, Instant at) {
    ClockStop stop = checkClockStopResolution(answeredOn);
    LocalDate previousDue = effectiveDueOn();
    stop.resolve(answeredOn);
    if (stop.reason().restartsClock()) {
      clockStartsOn = answeredOn.isAfter(clockStartsOn) ? answeredOn : clockStartsOn;
      clockStartReason = stop.reason().restartsAs();
      daysPaused = 0;
    } else {
      daysPaused += StatutoryClock.pausedDays(stop.askedOn(), answeredOn);
    }
    status = CaseStatus.OPEN;
    recomputeDeadlines(clock);
    record(
        at,
        actor,
        stop.reason().restartsClock() ? AuditAction.CLOCK_RESTARTED : AuditAction.CLOCK_RESUMED,
        stop.reason() + " received " + answeredOn + "; due " + previousDue + " → " + effectiveDueOn());
  }

  /** The open stop {@link #resolveClockStop} would end on {@code answeredOn}; refuses, naming why, as it would. */
  ClockStop checkClockStopResolution(LocalDate answeredOn) {
    requireNotClosed();
    ClockStop stop =
        openClockStop()
            .orElseThrow(
                () -> new CaseStateConflictException("The clock of " + reference + " is not stopped"));
    if (answeredOn.isBefore(stop.askedOn())) {
      throw new InvalidCaseInputException(
          "receivedOn", "must not be before the day it was asked for (" + stop.askedOn() + ")");
    }
    return stop;
  }

  /**
   * A manager extends by two further months because the request is complex or numerous (UK GDPR
   * Art 12(3): "taking into account the complexity and number of the requests"). The requester must
   * be told, with reasons, "within one month of receipt of the request", so an extension decided
   * after the original due date is refused as too late: it cannot be decided "as of" an earlier day
   * (the REST call and the Tasklist step decide it on the day they are made).
   */
  void extend(
      ExtensionGround ground, String reason, LocalDate decidedOn, StatutoryClock clock, String actor, Instant at) {
    checkExtension(decidedOn);
    extensionGround = ground;
    extensionReason = reason;
    extensionDecidedOn = decidedOn;
    Deadline extended = clock.extendedDueDate(clockStartsOn, clockStartReason, daysPaused);
    extendedDueOn = extended.dueOn();
    extendedDueOnExplanation = extended.explanation();
    record(at, actor, AuditAction.EXTENDED, ground + " decided " + decidedOn + "; due " + dueOn + " → " + extendedDueOn);
  }

  /** Refuses, naming why, an extension decided on {@code decidedOn} that {@link #extend} would refuse; changes nothing. */
  void checkExtension(LocalDate decidedOn) {
    requireNotClosed();
    if (!type.runsOnStatutoryClock()) {
      throw new CaseStateConflictException(
          reference + " runs on an internal target of " + target.workingDays()
              + " working days: there is no statutory extension to grant");
    }
    if (extendedDueOn != null) {
      throw new CaseStateConflictException(
          reference + " was already extended on " + extensionDecidedOn + " to " + extendedDueOn);
    }
    if (decidedOn.isBefore(receivedOn)) {
      throw new InvalidCaseInputException(
          "decidedOn", "must not be before the request was received (" + receivedOn + ")");
    }
    if (decidedOn.isAfter(dueOn)) {
      throw new CaseStateConflictException(
          reference
              + " can no longer be extended: its original due date ("
              + dueOn
              + ") has passed, and UK GDPR Art 12(3) requires the requester to be told of an"
              + " extension within the first month");
    }
  }

  /**
   * The deadline in force passed with the case open. Recorded once; the case goes on to
   * completion and will be reported late.
   */
  void recordBreach(LocalDate on, String actor, Instant at) {
    requireNotClosed();
    if (breachedOn == null) {
      breachedOn = on;
      record(at, actor, AuditAction.BREACHED, "due " + effectiveDueOn() + "; still open on " + on);
    }
  }

  /** The case ends with an outcome; late if closed after the deadline in force. */
  void close(Outcome outcome, LocalDate closedOn, String actor, Instant at) {
    requireNotClosed();
    if (closedOn.isBefore(receivedOn)) {
      throw new InvalidCaseInputException(
          "closedOn", "must not be before the request was received (" + receivedOn + ")");
    }
    this.outcome = outcome;
    this.closedOn = closedOn;
    this.status = CaseStatus.CLOSED;
    record(at, actor, AuditAction.CLOSED, outcome + " on " + closedOn + (isLate() ? " (late)" : " (on time)"));
  }

  /**
   * The retention period is over: names, contact details, the children a disclosure named, the
   * description and the extension's reasons go; the reference, type, dates, outcome, cohort and relationship (codes the statistics
   * count) stay. Only a closed case can be erased, and only once.
   */
  void erasePersonalData(LocalDate retentionEndedOn, String actor, Instant at) {
    if (status != CaseStatus.CLOSED) {
      throw new CaseStateConflictException(reference + " is open: only closed cases are erased");
    }
    if (isErased()) {
      throw new CaseStateConflictException(reference + " was already erased");
    }
    requester = requester == null ? null : new Requester(null, null, requester.relationship());
    subject = subject == null ? null : new Subject(null, null, subject.cohort());
    description = null;
    extensionReason = null;
    children.clear();
    formerNames.clear();
    record(at, actor, AuditAction.PERSONAL_DATA_ERASED, "retention period ended on " + retentionEndedOn);
  }

  /** The subject was known by this name before; recorded once, on the audit trail without the name. */
  void addFormerName(String name, String actor, Instant at) {
    if (isErased()) {
      throw new CaseStateConflictException(reference + " was erased");
    }
    if (formerNames.stream().noneMatch(known -> known.equalsIgnoreCase(name))) {
      formerNames.add(name);
      record(at, actor, AuditAction.FORMER_NAME_RECORDED, "a former name of the subject");
    }
  }

  /** Names the subject was known by before, for searching their records. */
  public List<String> formerNames() {
    return Collections.unmodifiableList(formerNames);
  }

  /** Whether the case's personal data was erased at the end of its retention period. */
  public boolean isErased() {
    return audit.stream().anyMatch(entry -> entry.action() == AuditAction.PERSONAL_DATA_ERASED);
  }

  /**
   * The deadlines in force as of {@code today}: while the clock is stopped, the dates that would
   * apply if the answer arrived today; otherwise the stored ones.
   */
  public Deadlines deadlinesOn(LocalDate today, StatutoryClock clock) {
    Optional<ClockStop> open = status == CaseStatus.CLOSED ? Optional.empty() : openClockStop();
    if (open.isEmpty()) {
      return new Deadlines(
          new Deadline(dueOn, dueOnExplanation),
          extendedDueOn == null ? null : new Deadline(extendedDueOn, extendedDueOnExplanation));
    }
    ClockStop stop = open.get();
    LocalDate answered = today.isBefore(stop.askedOn()) ? stop.askedOn() : today;
    LocalDate start = stop.reason().restartsClock() ? answered : clockStartsOn;
    ClockStartReason why = stop.reason().restartsClock() ? stop.reason().restartsAs() : clockStartReason;
    int paused =
        stop.reason().restartsClock() ? 0 : daysPaused + StatutoryClock.pausedDays(stop.askedOn(), answered);
    String note = " (if the " + stop.reason().name().toLowerCase() + " arrives " + answered + ")";
    Deadline due = dueDate(clock, start, why, paused);
    Deadline extended = extendedDueOn == null ? null : clock.extendedDueDate(start, why, paused);
    return new Deadlines(
        new Deadline(due.dueOn(), due.explanation() + note),
        extended == null ? null : new Deadline(extended.dueOn(), extended.explanation() + note));
  }

  /** On track, due soon or overdue while open; on time or late once closed. */
  public DeadlineStatus deadlineStatus(LocalDate today, StatutoryClock clock) {
    if (status == CaseStatus.CLOSED) {
      return isLate() ? DeadlineStatus.CLOSED_LATE : DeadlineStatus.CLOSED_ON_TIME;
    }
    return DeadlineStatus.of(clock.stateOn(today, deadlinesOn(today, clock).inForce().dueOn()));
  }

  /** The due date now in force: the extended one if the case was extended. */
  public LocalDate effectiveDueOn() {
    return extendedDueOn != null ? extendedDueOn : dueOn;
  }

  private boolean isLate() {
    return closedOn != null && closedOn.isAfter(effectiveDueOn());
  }

  private Deadline dueDate(StatutoryClock clock, LocalDate start, ClockStartReason why, int paused) {
    if (type.runsOnStatutoryClock()) {
      return clock.dueDate(start, why, paused);
    }
    return target.inHours()
        ? clock.hoursTarget(start, registeredAt, why, target.hours(), paused).deadline()
        : clock.workingDayTarget(start, why, target.workingDays(), paused);
  }

  private void recomputeDeadlines(StatutoryClock clock) {
    Deadline due = dueDate(clock, clockStartsOn, clockStartReason, daysPaused);
    dueOn = due.dueOn();
    dueOnExplanation = due.explanation();
    dueAt = target == null || !target.inHours()
        ? null
        : clock.hoursTarget(clockStartsOn, registeredAt, clockStartReason, target.hours(), daysPaused).dueAt();
    if (extendedDueOn != null) {
      Deadline extended = clock.extendedDueDate(clockStartsOn, clockStartReason, daysPaused);
      extendedDueOn = extended.dueOn();
      extendedDueOnExplanation = extended.explanation();
    }
  }

  private void requireNotClosed() {
    if (status == CaseStatus.CLOSED) {
      throw new CaseStateConflictException(reference + " is closed");
    }
  }

  private Optional<ClockStop> openClockStop() {
    return clockStops.stream().filter(ClockStop::isOpen).findFirst();
  }

  private Optional<ClockStop> lastResolvedStop() {
    return clockStops.stream()
        .filter(stop -> !stop.isOpen())
        .reduce((first, second) -> second);
  }

  private void record(Instant at, String actor, AuditAction action, String detail) {
    audit.add(new AuditEntry(at, actor, action, detail));
  }

  /** An action on the case outside its clock (a note, a document), for its audit trail. */
  void recordAudit(Instant at, String actor, AuditAction action, String detail) {
    record(at, actor, action, detail);
  }

  /** The deadline in force and, once extended, the extended one. */
  public record Deadlines(Deadline due, Deadline extended) {
    public Deadline inForce() {
      return extended != null ? extended : due;
    }
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public CaseType type() {
    return type;
  }

  public CaseStatus status() {
    return status;
  }

  public String channel() {
    return channel;
  }

  public Requester requester() {
    return requester;
  }

  public Subject subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public LocalDate clockStartsOn() {
    return clockStartsOn;
  }

  public ClockStartReason clockStartReason() {
    return clockStartReason;
  }

  public int daysPaused() {
    return daysPaused;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String dueOnExplanation() {
    return dueOnExplanation;
  }

  public LocalDate extendedDueOn() {
    return extendedDueOn;
  }

  public String extensionReason() {
    return extensionReason;
  }

  /** Why the case was extended; null if it was not, or was extended before grounds were recorded. */
  public ExtensionGround extensionGround() {
    return extensionGround;
  }

  public LocalDate extensionDecidedOn() {
    return extensionDecidedOn;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  /** The day the statutory deadline was recorded as breached, or null. */
  public LocalDate breachedOn() {
    return breachedOn;
  }

  public Outcome outcome() {
    return outcome;
  }

  public List<ClockStop> clockStops() {
    return Collections.unmodifiableList(clockStops);
  }

  /** The internal target in working days, or null when the statutory clock applies. */
  public Integer targetWorkingDays() {
    return target == null ? null : target.workingDays();
  }

  /** The internal target in hours of calendar time, or null when it is counted in days. */
  public Integer targetHours() {
    return target == null ? null : target.hours();
  }

  /** A disclosure request's internal target; null for a SAR. */
  public InternalTarget target() {
    return target;
  }

  /** The moment a target in hours falls due, or null when the case is due by the end of a day. */
  public Instant dueAt() {
    return dueAt;
  }

  public List<Child> children() {
    return Collections.unmodifiableList(children);
  }

  /**
   * References of other cases about the same child this case stores, possible duplicates it found
   * included; later cases that found this one as their possible duplicate are not among them (see
   * {@link CaseFileService#linkedReferences(CaseFile)}).
   */
  public List<String> linkedReferences() {
    return links.stream().map(CaseLink::linkedReference).sorted().toList();
  }

  /** References of the earlier cases this case found to be likely the same request again. */
  public List<String> possibleDuplicates() {
    return links.stream()
        .filter(link -> link.reason() == LinkReason.POSSIBLE_DUPLICATE)
        .map(CaseLink::linkedReference)
        .sorted()
        .toList();
  }

  public List<AuditEntry> audit() {
    return Collections.unmodifiableList(audit);
  }
}
