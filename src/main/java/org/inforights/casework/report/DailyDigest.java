package org.inforights.casework.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileQueries;
import org.inforights.casework.deadline.ClockProperties;
import org.inforights.casework.deadline.WorkingCalendar;
import org.inforights.casework.letters.LettersProperties;
import org.inforights.casework.platform.CaseworkGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * The morning digest ({@code processes/daily-digest.bpmn}, so one node of a cluster sends it and
 * an analyst can move the time): each case worker hears of their and their groups' tasks overdue
 * or due within the due-soon threshold, each manager of the cases past their statutory deadline.
 * Staff are written to at their Camunda e-mail address; nothing about requesters or children.
 * The model asks {@link #recipients()} who to write to and sends each e-mail as a job of its own.
 */
@ModelBean("dailyDigest")
public class DailyDigest implements JavaDelegate {

  /** The process variable naming the one recipient an instance of the sending step writes to. */
  static final String RECIPIENT = "digestRecipient";

  private static final String TASKS = "tasks:";
  private static final String BREACHES = "breaches:";

  private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final CaseFileQueries cases;
  private final WorkingCalendar calendar;
  private final ClockProperties clockProperties;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final LettersProperties letters;
  private final Clock clock;
  private final Template officerTemplate;
  private final Template managerTemplate;

  DailyDigest(
      IdentityService identityService,
      TaskService taskService,
      RuntimeService runtimeService,
      CaseFileQueries cases,
      WorkingCalendar calendar,
      ClockProperties clockProperties,
      ObjectProvider<JavaMailSender> mailSender,
      LettersProperties letters,
      Clock clock,
      Mustache.Compiler mustache) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.cases = cases;
    this.calendar = calendar;
    this.clockProperties = clockProperties;
    this.mailSender = mailSender;
    this.letters = letters;
    this.clock = clock;
    this.officerTemplate = compile(mustache, "digest/officer.txt.mustache");
    this.managerTemplate = compile(mustache, "digest/manager.txt.mustache");
  }

  /**
   * Who gets a digest this morning, one item per e-mail: {@code tasks:<user>} for every case
   * worker with an address, {@code breaches:<user>} for every manager with one while a case is
   * past its deadline. The model sends each as a job of its own, so a mail outage retries only
   * the e-mails not yet sent. Staff ids only: nothing about requesters or children.
   */
  public List<String> recipients() {
    List<String> items = new ArrayList<>();
    for (User user : caseWorkers()) {
      if (hasAddress(user)) {
        items.add(TASKS + user.getId());
      }
    }
    if (!cases.openBreached().isEmpty()) {
      for (User manager : identityService.createUserQuery().memberOfGroup(CaseworkGroup.MANAGERS_ID).list()) {
        if (hasAddress(manager)) {
          items.add(BREACHES + manager.getId());
        }
      }
    }
    return items;
  }

  /**
   * Whether the digest goes out this morning: the model's timer fires Monday to Friday, and a bank
   * holiday of the statutory clock's calendar (local changes included) is not a working day.
   */
  public boolean todayIsWorkingDay() {
    return calendar.isWorkingDay(LocalDate.now(clock));
  }

  /** Sends one recipient's digest ({@link #RECIPIENT}), if they have anything to read today. */
  @Override
  public void execute(DelegateExecution execution) {
    String item = String.valueOf(execution.getVariable(RECIPIENT));
    LocalDate today = LocalDate.now(clock);
    if (item.startsWith(TASKS)) {
      User user = user(item.substring(TASKS.length()));
      if (user != null && hasAddress(user)) {
        sendTasks(user, today);
      }
    } else if (item.startsWith(BREACHES)) {
      User manager = user(item.substring(BREACHES.length()));
      if (manager != null && hasAddress(manager)) {
        sendBreaches(manager, today);
      }
    } else {
      throw new IllegalStateException("Not a digest recipient: " + item);
    }
  }

  private void sendTasks(User user, LocalDate today) {
    LocalDate soonUntil = calendar.addWorkingDays(today, clockProperties.dueSoonWorkingDays());
    List<String> groups = identityService.createGroupQuery().groupMember(user.getId()).list().stream().map(Group::getId).toList();
    List<Task> tasks = tasksOf(user.getId(), groups);
    if (tasks.isEmpty()) {
      return;
    }
    Map<String, String> references = references(tasks);
    List<Map<String, Object>> overdue = new ArrayList<>();
    List<Map<String, Object>> dueSoon = new ArrayList<>();
    for (Task task : tasks) {
      LocalDate due = LocalDate.ofInstant(task.getDueDate().toInstant(), clock.getZone());
      Map<String, Object> line = Map.of(
          "reference", references.getOrDefault(task.getProcessInstanceId(), "?"),
          "task", task.getName(),
          "due", DAY.format(due));
      if (due.isBefore(today)) {
        overdue.add(line);
      } else if (!due.isAfter(soonUntil)) {
        dueSoon.add(line);
      }
    }
    if (overdue.isEmpty() && dueSoon.isEmpty()) {
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("name", greetingName(user));
    model.put("today", DAY.format(today));
    model.put("overdue", overdue);
    model.put("dueSoon", dueSoon);
    model.put("hasOverdue", !overdue.isEmpty());
    model.put("hasDueSoon", !dueSoon.isEmpty());
    model.put("dueSoonDays", clockProperties.dueSoonWorkingDays());
    send(user.getEmail(), "Your casework: " + overdue.size() + " overdue, " + dueSoon.size() + " due soon",
        officerTemplate.execute(model));
    log.info("Sent user {} their daily digest of tasks", user.getId());
  }

  private void sendBreaches(User manager, LocalDate today) {
    List<Map<String, Object>> breaches = new ArrayList<>();
    for (CaseFile file : cases.openBreached()) {
      breaches.add(Map.of(
          "reference", file.reference(),
          "due", DAY.format(file.effectiveDueOn()),
          "breachedOn", DAY.format(file.breachedOn())));
    }
    if (breaches.isEmpty()) {
      return; // resolved since the recipients were chosen
    }
    send(manager.getEmail(), breaches.size() + " case(s) past the statutory deadline",
        managerTemplate.execute(Map.of(
            "name", greetingName(manager),
            "today", DAY.format(today),
            "breaches", breaches)));
    log.info("Sent manager {} the daily digest of breaches", manager.getId());
  }

  private User user(String id) {
    return identityService.createUserQuery().userId(id).singleResult();
  }

  /** How an e-mail greets its reader: their first name, or their user id if they have none. */
  private static String greetingName(User user) {
    return user.getFirstName() == null ? user.getId() : user.getFirstName();
  }

  private static boolean hasAddress(User user) {
    return user.getEmail() != null && !user.getEmail().isBlank();
  }

  private Set<User> caseWorkers() {
    Set<User> users = new LinkedHashSet<>();
    for (String group : CaseworkGroup.caseWorkingIds()) {
      users.addAll(identityService.createUserQuery().memberOfGroup(group).list());
    }
    return users;
  }

  private List<Task> tasksOf(String userId, List<String> groups) {
    var query = taskService.createTaskQuery().active().dueBefore(java.util.Date.from(
        calendar.addWorkingDays(LocalDate.now(clock), clockProperties.dueSoonWorkingDays())
            .plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    if (groups.isEmpty()) {
      return query.taskAssignee(userId).orderByDueDate().asc().list();
    }
    return query.or().taskAssignee(userId).taskCandidateGroupIn(groups).endOr().orderByDueDate().asc().list();
  }

  /** The case references of the tasks' processes. */
  private Map<String, String> references(List<Task> tasks) {
    java.util.Set<String> instanceIds = new java.util.HashSet<>();
    tasks.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull).forEach(instanceIds::add);
    Map<String, String> references = new HashMap<>();
    if (instanceIds.isEmpty()) {
      return references; // tasks of no process (created by hand in Tasklist)
    }
    for (ProcessInstance instance :
        runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
      if (instance.getBusinessKey() != null) {
        references.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return references;
  }

  private void send(String to, String subject, String body) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("No mail sender: set spring.mail.host or casework.letters.outbox-dir");
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(letters.from());
      helper.setTo(to);
      helper.setSubject("InfoRights Casework: " + subject);
      helper.setText(body);
      message.setHeader("X-Casework-Reference", "digest");
      message.setHeader("X-Casework-Letter", "DIGEST");
      sender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot compose the digest", e);
    }
  }

  private static Template compile(Mustache.Compiler mustache, String path) {
    try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
      return mustache.escapeHTML(false).compile(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
