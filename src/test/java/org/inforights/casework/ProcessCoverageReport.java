package org.inforights.casework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;

/**
 * One process-test-coverage report over every test class, for analysts: which flow nodes and
 * sequence flows of each model the tests pass through. The process tests leave one report per class
 * in {@code target/process-test-coverage/<class>/report.json}; this combines them into
 * {@code target/process-test-coverage/all/report.html} (and {@code report.json}) with the
 * library's own report page. {@code ./mvnw verify} runs it after the unit and integration tests.
 */
public final class ProcessCoverageReport {

  static final Path REPORTS = Path.of("target/process-test-coverage");
  static final Path ALL = REPORTS.resolve("all");
  static final Path PROCESSES = Path.of("processes");

  private ProcessCoverageReport() {}

  public static void main(String[] args) throws IOException {
    List<Path> classReports;
    try (Stream<Path> dirs = Files.list(REPORTS)) {
      classReports =
          dirs.filter(dir -> !dir.equals(ALL))
              .map(dir -> dir.resolve("report.json"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    if (classReports.isEmpty()) {
      throw new IllegalStateException("No process test coverage in " + REPORTS + ": run the tests first");
    }
    String combined = null;
    for (Path report : classReports) {
      String json = Files.readString(report);
      combined = combined == null ? json : CoverageStateJsonExporter.combineCoverageStateResults(combined, json);
    }
    combined = onlyTheModelsInProcesses(combined);
    CoverageReportUtil.writeReport(combined, true, ALL.toFile(), "report.html", CoverageReportUtil::generateHtml);
    CoverageReportUtil.writeReport(combined, false, ALL.toFile(), "report.json", Function.identity());

    CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(combined);
    System.out.printf("Process test coverage of %d test classes: %s%n", classReports.size(), ALL.resolve("report.html"));
    result.getModels().stream()
        .map(Model::getKey)
        .distinct()
        .sorted()
        .forEach(key -> System.out.printf(Locale.ROOT, "  %-28s %5.1f%%%n", key, 100 * coverage(result, key)));
  }

  /** The report is about the models in {@code processes/}: models tests deploy for themselves are left out. */
  private static String onlyTheModelsInProcesses(String json) throws IOException {
    Set<String> keys = new HashSet<>();
    try (Stream<Path> models = Files.list(PROCESSES)) {
      for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class).forEach(process -> keys.add(process.getId()));
      }
    }
    CoverageStateResult all = CoverageStateJsonExporter.readCoverageStateResult(json);
    List<Model> ours = all.getModels().stream().filter(model -> keys.contains(model.getKey())).toList();
    return CoverageStateJsonExporter.createCoverageStateResult(all.getSuites(), ours);
  }

  /** The best coverage of any deployed version of the model. */
  private static double coverage(CoverageStateResult result, String key) {
    return result.getModels().stream()
        .filter(model -> model.getKey().equals(key))
        .mapToDouble(result::calculateCoverage)
        .max()
        .orElse(0);
  }
}
