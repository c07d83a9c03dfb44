package org.inforights.casework.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every view of a case file's personal data (who, when, which part, through which
 * request), so the council can show who looked at a child's file; the DPO reads it. Each read
 * endpoint records what it showed once it has it; the record is written in its own transaction,
 * as the reads themselves are read-only.
 */
@Service
public class CaseAccessLog {

  /** One view, as the DPO reads it. */
  public record View(String viewedBy, Instant viewedAt, CasePart part, String via) {}

  private final AccessLogRepository views;
  private final CaseFileRepository cases;
  private final CurrentUser currentUser;
  private final Clock clock;

  CaseAccessLog(AccessLogRepository views, CaseFileRepository cases, CurrentUser currentUser, Clock clock) {
    this.views = views;
    this.cases = cases;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The current user viewed these parts of the case through {@code via} (the request's path). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void viewed(String reference, Collection<CasePart> parts, String via) {
    Instant at = clock.instant();
    String user = currentUser.id();
    String shortVia = via.length() > 200 ? via.substring(0, 200) : via;
    views.saveAll(parts.stream().map(part -> new AccessLogEntry(reference, user, at, part, shortVia)).toList());
  }

  /**
   * Someone who signs in nowhere (a requester downloading the response by its secure link) viewed
   * these parts; {@code viewer} names them without personal data ("requester, link 12").
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void viewedBy(String reference, String viewer, Collection<CasePart> parts, String via) {
    Instant at = clock.instant();
    String shortViewer = viewer.length() > 64 ? viewer.substring(0, 64) : viewer;
    views.saveAll(parts.stream().map(part -> new AccessLogEntry(reference, shortViewer, at, part, via)).toList());
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void viewed(String reference, CasePart part, String via) {
    viewed(reference, List.of(part), via);
  }

  /** Every recorded view of the case, oldest first. */
  @Transactional(readOnly = true)
  public List<View> of(String reference) {
    cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    return views.findByCaseReferenceOrderByViewedAtAscIdAsc(reference).stream()
        .map(view -> new View(view.viewedBy(), view.viewedAt(), view.part(), view.via()))
        .toList();
  }
}
