package org.inforights.casework;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inforights.casework.support.Chromium;

/**
 * Renders every model in {@code processes/} as a picture in {@code docs/diagrams/}: each BPMN
 * process as an SVG drawn by bpmn-js, each DMN decision table as a PNG drawn by dmn-js, both from
 * the npm registry ({@code package.json}) in the machine's headless Chromium, the way Camunda
 * Modeler draws them. New models are picked up by name; a removed model's picture is left for the
 * analyst to delete. {@code docs/diagrams/SOURCES.sha256} records the hash of each model as drawn
 * ({@code sha256sum} format), so the build can tell a picture that no longer shows its model
 * ({@code DiagramsCurrentTest}); bpmn-js's random marker ids are numbered in order, so drawing an
 * unchanged model again changes nothing.
 *
 * <p>Run after changing a model: {@code ./mvnw -Pdiagrams process-test-classes}.
 */
public final class DiagramImages {

  static final Path PROCESSES = Path.of("processes");
  static final Path DIAGRAMS = Path.of("docs/diagrams");
  static final Path BPMN_JS = Path.of("node_modules/bpmn-js/dist");
  static final Path DMN_JS = Path.of("node_modules/dmn-js/dist");

  private DiagramImages() {}

  public static void main(String[] args) throws IOException {
    if (!Files.isDirectory(BPMN_JS) || !Files.isDirectory(DMN_JS)) {
      throw new IllegalStateException("bpmn-js and dmn-js are missing: run `npm ci` first (the diagrams profile does)");
    }
    Files.createDirectories(DIAGRAMS);
    List<Path> models;
    try (Stream<Path> files = Files.list(PROCESSES)) {
      models = files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList();
    }
    StringBuilder sources = new StringBuilder();
    try (Chromium chromium = Chromium.start()) {
      for (Path model : models) {
        sources.append(sha256(model)).append("  ").append(model.toString().replace('\\', '/')).append('\n');
        Page page = chromium.newPage();
        String name = model.getFileName().toString();
        if (name.endsWith(".bpmn")) {
          Path svg = DIAGRAMS.resolve(name.replace(".bpmn", ".svg"));
          Files.writeString(svg, numberedMarkers(bpmnSvg(page, Files.readString(model))));
          System.out.println(model + " -> " + svg);
        } else {
          for (Path png : dmnTables(page, Files.readString(model), name.replace(".dmn", ""))) {
            System.out.println(model + " -> " + png);
          }
        }
        page.close();
      }
    }
    Files.writeString(SOURCES, sources.toString());
    System.out.println("hashes of the models drawn -> " + SOURCES);
  }

  /** Where the hash of each model drawn is kept. */
  static final Path SOURCES = DIAGRAMS.resolve("SOURCES.sha256");

  /** The SHA-256 of a file, in hex, as {@code sha256sum} prints it. */
  static String sha256(Path file) throws IOException {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** bpmn-js names each arrow head's marker at random; numbered in order, the same model draws the same file. */
  static String numberedMarkers(String svg) {
    java.util.regex.Matcher marker = java.util.regex.Pattern.compile("marker-[a-z0-9]{20,}").matcher(svg);
    Map<String, String> numbers = new java.util.LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    while (marker.find()) {
      String number = numbers.computeIfAbsent(marker.group(), id -> "marker-" + (numbers.size() + 1));
      marker.appendReplacement(out, number);
    }
    marker.appendTail(out);
    return out.toString();
  }

  /** The process diagram as bpmn-js exports it: a self-contained SVG. */
  private static String bpmnSvg(Page page, String xml) {
    page.setContent("<!doctype html><html><body><div id=\"canvas\" style=\"width:1600px;height:1000px\"></div></body></html>");
    page.addStyleTag(new Page.AddStyleTagOptions().setPath(BPMN_JS.resolve("assets/diagram-js.css")));
    page.addStyleTag(new Page.AddStyleTagOptions().setPath(BPMN_JS.resolve("assets/bpmn-js.css")));
    page.addScriptTag(new Page.AddScriptTagOptions().setPath(BPMN_JS.resolve("bpmn-viewer.production.min.js")));
    Object svg =
        page.evaluate(
            """
            async (xml) => {
              const viewer = new BpmnJS({ container: '#canvas' });
              const { warnings } = await viewer.importXML(xml);
              if (warnings.length) { throw new Error('bpmn-js: ' + warnings.map(w => w.message).join('; ')); }
              viewer.get('canvas').zoom('fit-viewport');
              const { svg } = await viewer.saveSVG();
              return svg;
            }
            """,
            xml);
    return (String) svg;
  }

  /** Each decision table, drawn by dmn-js, as a PNG named after the file (and the decision, if several). */
  @SuppressWarnings("unchecked")
  private static List<Path> dmnTables(Page page, String xml, String baseName) {
    page.setViewportSize(1600, 900);
    page.setContent("<!doctype html><html><body style=\"margin:0;background:#fff\"><div id=\"canvas\" style=\"display:inline-block;padding:16px\"></div></body></html>");
    for (String css : List.of("dmn-js-shared.css", "dmn-js-decision-table.css", "dmn-font/css/dmn-embedded.css")) {
      page.addStyleTag(new Page.AddStyleTagOptions().setPath(DMN_JS.resolve("assets").resolve(css)));
    }
    // the picture is of the table alone: no button to switch views
    page.addStyleTag(new Page.AddStyleTagOptions().setContent(".view-drd { display: none !important; }"));
    page.addScriptTag(new Page.AddScriptTagOptions().setPath(DMN_JS.resolve("dmn-viewer.production.min.js")));
    List<Map<String, Object>> views =
        (List<Map<String, Object>>)
            page.evaluate(
                """
                async (xml) => {
                  window.viewer = new DmnJS({ container: '#canvas' });
                  await window.viewer.importXML(xml);
                  return window.viewer.getViews()
                    .filter(view => view.type === 'decisionTable')
                    .map(view => ({ id: view.element.id }));
                }
                """,
                xml);
    List<Path> written = new java.util.ArrayList<>();
    for (Map<String, Object> view : views) {
      String id = (String) view.get("id");
      page.evaluate(
          """
          async (id) => {
            const view = window.viewer.getViews().find(v => v.element.id === id);
            await window.viewer.open(view);
          }
          """,
          id);
      Locator table = page.locator("#canvas");
      table.locator(".tjs-table").waitFor();
      Path png = DIAGRAMS.resolve(views.size() == 1 ? baseName + ".png" : baseName + "-" + id + ".png");
      table.screenshot(new Locator.ScreenshotOptions().setPath(png));
      written.add(png);
    }
    return written;
  }
}
