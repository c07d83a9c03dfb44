package org.inforights.casework.bench;

/**
 * One kind of case driven from intake to its end through the application, as its users would:
 * the benchmark's lifecycle measures. A class implementing this in this package, with a public
 * no-argument constructor, is found and measured; a kind the benchmark expects ({@link
 * Benchmark#EXPECTED_LIFECYCLES}) without one is reported as "not measured".
 */
public interface LifecycleScenario {

  /** The kind of case, as the table and {@code summary.json} name it: {@code sar}, {@code disclosure}. */
  String key();

  /** The row's title, e.g. "SAR lifecycle". */
  String title();

  /**
   * Registers one case and takes it to its end: every task completed by a user of the group it
   * belongs to, every asynchronous step run. Returns the process instance id.
   */
  String runOneCase(BenchApplication app, int index);

  /** Whether the case run by {@link #runOneCase} finished: process ended, case file closed. */
  boolean finished(BenchApplication app, String processInstanceId);
}
