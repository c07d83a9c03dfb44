package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.junit.jupiter.api.Test;

/** Which failures the engine's REST API answers as a conflict, and with what detail. */
class EngineRestConflictsTest {

  /** Another feature's own kind of conflict, which the platform has never heard of by name. */
  static class LetterAlreadySent extends StateConflictException {
    LetterAlreadySent() {
      super("The letter was already sent");
    }
  }

  @Test
  void aCaseFileConflictDeepInTheCauseChainIsAConflictWithItsOwnMessage() {
    CaseStateConflictException closed = new CaseStateConflictException("SAR-2026-00001 is closed");

    assertThat(EngineRestConflicts.conflict(new ProcessEngineException("task listener failed", closed)))
        .containsSame(closed);
    Response response = EngineRestConflicts.conflictResponse(closed);
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat((String) response.getEntity()).contains("\"detail\":\"SAR-2026-00001 is closed\"");
  }

  @Test
  void anyFeaturesStateConflictIsAConflictTooWithoutThePlatformKnowingItsClass() {
    LetterAlreadySent sent = new LetterAlreadySent();

    assertThat(EngineRestConflicts.conflict(new RuntimeException(sent))).containsSame(sent);
    assertThat((String) EngineRestConflicts.conflictResponse(sent).getEntity()).contains("The letter was already sent");
  }

  @Test
  void anOrdinaryFailureIsNoConflict() {
    assertThat(EngineRestConflicts.conflict(new ProcessEngineException("no such task"))).isEmpty();
  }
}
