package org.inforights.casework.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine's clock, which the application reads too, set by tests to a day in the council's
 * zone. As a JUnit extension ({@code @ExtendWith(EngineTime.class)}) it puts the real clock back
 * after each test.
 */
public final class EngineTime implements AfterEachCallback {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Today is {@code day}, mid-morning. */
  public static void today(LocalDate day) {
    now(day, LocalTime.of(10, 0));
  }

  public static void now(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(at(day, time));
  }

  /** A day at a time of day in the council's zone, as the engine stores dates. */
  public static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(LONDON).toInstant());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
