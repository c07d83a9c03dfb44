package org.inforights.casework.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.casefile.InvalidCaseInputException;
import org.inforights.casework.deadline.process.ProcessDeadlines;
import org.inforights.casework.platform.CaseworkGroup;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The DPO's standing sharing agreements: kept, reviewed and ended here; a disclosure request names
 * the one it is made under. When an agreement's review date comes, the DPO gets a task in Tasklist
 * to review it (the ICO's data sharing code, "Data sharing agreements": review the agreement
 * regularly, and whenever something changes).
 */
@Service
class SharingAgreements {

  /** The Tasklist task that asks the DPO to review an agreement (a task of its own, no process). */
  static final String REVIEW_TASK_KEY = "sharing-agreement-review";

  private final SharingAgreementRepository agreements;
  private final TaskService taskService;
  private final ProcessDeadlines deadlines;
  private final CurrentUser currentUser;
  private final Clock clock;

  SharingAgreements(
      SharingAgreementRepository agreements,
      TaskService taskService,
      ProcessDeadlines deadlines,
      CurrentUser currentUser,
      Clock clock) {
    this.agreements = agreements;
    this.taskService = taskService;
    this.deadlines = deadlines;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional
  View create(SharingAgreementTerms terms) {
    return View.of(agreements.save(new SharingAgreement(terms, currentUser.id(), clock.instant())));
  }

  @Transactional(readOnly = true)
  List<View> list() {
    return agreements.findAllForListing().stream().map(View::of).toList();
  }

  @Transactional(readOnly = true)
  View get(long id) {
    return View.of(find(id));
  }

  @Transactional
  View update(long id, SharingAgreementTerms terms) {
    SharingAgreement agreement = find(id);
    agreement.update(terms, currentUser.id(), clock.instant());
    agreements.flush();
    return View.of(agreement);
  }

  @Transactional
  View end(long id, String reason) {
    SharingAgreement agreement = find(id);
    agreement.end(LocalDate.now(clock), reason, currentUser.id(), clock.instant());
    agreements.flush();
    return View.of(agreement);
  }

  /**
   * The agreement a request received on {@code receivedOn} is made under; refused, naming the
   * field, when there is none by that id or it did not cover that day (not yet started, or ended).
   */
  @Transactional(readOnly = true)
  SharingAgreement usableOn(long id, LocalDate receivedOn) {
    SharingAgreement agreement =
        agreements.findById(id).orElseThrow(() -> new InvalidCaseInputException("sharingAgreementId", "names no sharing agreement"));
    if (!agreement.coversDay(receivedOn)) {
      throw new InvalidCaseInputException(
          "sharingAgreementId",
          "names an agreement that did not cover " + receivedOn
              + (agreement.endedOn() != null ? " (it ended on " + agreement.endedOn() + ")" : " (it starts on " + agreement.startsOn() + ")"));
    }
    return agreement;
  }

  /**
   * Gives the DPO a Tasklist task for each current agreement whose review date has come, once per
   * review date; returns how many were raised. Run daily by {@link SharingAgreementReviewSweep}.
   */
  @Transactional
  int raiseDueReviews() {
    LocalDate today = LocalDate.now(clock);
    int raised = 0;
    for (SharingAgreement agreement : agreements.findReviewDue(today)) {
      Task task = taskService.newTask();
      task.setName("Review sharing agreement " + agreement.id() + ": " + agreement.title());
      task.setDescription("The agreement's review date (" + agreement.reviewOn() + ") has come: check it is still"
          + " needed, lawful and followed, then record the next review date (PUT /api/sharing-agreements/"
          + agreement.id() + ") or end it (POST /api/sharing-agreements/" + agreement.id() + "/end).");
      task.setDueDate(deadlines.dueBy(today));
      taskService.saveTask(task);
      taskService.addCandidateGroup(task.getId(), CaseworkGroup.DPO.id());
      taskService.setVariableLocal(task.getId(), "sharingAgreementId", agreement.id());
      taskService.setVariableLocal(task.getId(), "taskKind", REVIEW_TASK_KEY);
      agreement.reviewRaised(today);
      raised++;
    }
    return raised;
  }

  private SharingAgreement find(long id) {
    return agreements.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No sharing agreement " + id));
  }

  /** An agreement as the API shows it. */
  record View(
      long id,
      String title,
      String parties,
      RequesterType partnerType,
      String purpose,
      String dataShared,
      LegalBasis lawfulBasis,
      String lawfulBasisCitation,
      String lawfulBasisDetail,
      LocalDate startsOn,
      LocalDate reviewOn,
      LocalDate endedOn,
      String endReason,
      String changedBy) {

    static View of(SharingAgreement agreement) {
      return new View(
          agreement.id(),
          agreement.title(),
          agreement.parties(),
          agreement.partnerType(),
          agreement.purpose(),
          agreement.dataShared(),
          agreement.lawfulBasis(),
          agreement.lawfulBasis().label(),
          agreement.lawfulBasisDetail(),
          agreement.startsOn(),
          agreement.reviewOn(),
          agreement.endedOn(),
          agreement.endReason(),
          agreement.changedBy());
    }
  }
}
