package org.inforights.casework.caseprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** How long a requester has to answer is stated once, in the {@code replyWithin} the model passes to "ask the requester". */
class ReplyWithinTest {

  @Test
  void theModelsPeriodIsTheReplyByAndAModelWithoutOneGivesAMonth() {
    assertThat(StopClockAndAskDelegate.replyWithin(stepWith("P2W"))).isEqualTo(Period.ofWeeks(2));
    assertThat(StopClockAndAskDelegate.replyWithin(stepWith(null))).isEqualTo(Period.ofMonths(1));
  }

  @Test
  void aPeriodThatIsNotOneIsAFaultOfTheModelNamedInTheIncident() {
    assertThatThrownBy(() -> StopClockAndAskDelegate.replyWithin(stepWith("a month")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an ISO period such as P1M: a month");
    assertThatThrownBy(() -> StopClockAndAskDelegate.replyWithin(stepWith("P0D")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("positive period");
  }

  private static DelegateExecution stepWith(String replyWithin) {
    DelegateExecution execution = Mockito.mock(DelegateExecution.class);
    Mockito.when(execution.getVariable(StopClockAndAskDelegate.REPLY_WITHIN)).thenReturn(replyWithin);
    return execution;
  }
}
