package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inforights.casework.support.BrowserSession.expect;
import static org.inforights.casework.support.BrowserSession.screenshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.inforights.casework.sar.SarProcess;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.AsUser;
import org.inforights.casework.support.BrowserSession;
import org.inforights.casework.support.Chromium;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * An officer redacts a document in Tasklist's Case tab, in the machine's headless Chromium against
 * the running application: the page is drawn by PDF.js, the rectangle is dragged with the mouse,
 * and what the server made of it is then read back through the API and checked the way someone
 * hunting for the removed words would: the text layer, the file's bytes, every stream decoded, and
 * every Flate stream in the file inflated whether or not the file's index points to it. Screenshots
 * go to {@code target/browser-screenshots/}. Without Chromium the test is skipped, or fails when the
 * build asks for it ({@code -Dcasework.browser-tests=required}).
 */
@ExtendWith(Chromium.Required.class)
@ApplicationTest
class RedactionBrowserIT {


  static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final float SIZE = 12;

  /** On page 1, under the rectangle the officer drags: a child's sibling and where they live. */
  static final Word SIBLING = new Word("Quokkabrightwater", 72, 600);
  static final Word ADDRESS = new Word("Wombatlanehouse", 72, 582);

  /** On page 2, not marked: it must reach the requester. */
  static final Word KEPT = new Word("Platypusmeadow", 72, 700);

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  final ObjectMapper json = new ObjectMapper();

  /** A word placed on a page in Helvetica 12: where its baseline starts. */
  record Word(String text, float x, float y) {

    float width() {
      try {
        return FONT.getStringWidth(text) / 1000 * SIZE;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void anOfficerDragsARectangleOverWordsInTheCaseTabAndTheyAreGoneFromTheRedactedCopyAndTheResponsePack()
      throws Exception {
    String instance = requestReadyForReview();
    String reference = reference(instance);
    byte[] original = twoPageRecord();
    // the words are in the upload, though not in its raw bytes: its streams are compressed
    assertThat(new String(original, StandardCharsets.ISO_8859_1)).doesNotContain(SIBLING.text());
    assertThat(everything(original)).contains(SIBLING.text(), ADDRESS.text(), KEPT.text());
    long document = upload(reference, "visit-notes.pdf", "application/pdf", original, "RESPONSE_BUNDLE");
    upload(reference, "email-from-school.txt", "text/plain", "Sent from school".getBytes(StandardCharsets.UTF_8),
        "CORRESPONDENCE");
    upload(reference, "locked.pdf", "application/pdf", passwordProtected(), "OTHER");
    long existingLine = logLine(reference, "THIRD_PARTY_DATA", "Another child's name");
    Page page = signIn("officer");

    openTask(page, task(instance, SarProcess.TASK_REVIEW_AND_REDACT));
    page.locator(".nav-tabs").getByText("Case", new Locator.GetByTextOptions().setExact(true)).click();
    Locator documents = page.locator("#case-documents-list");
    // a document that is not a PDF or an image: convert it first
    row(documents, "email-from-school.txt").locator(".case-redact").click();
    expect(page.locator(".redaction-convert")).containsText("Convert to PDF first");
    // a password-protected PDF: refused, saying why
    row(documents, "locked.pdf").locator(".case-redact").click();
    expect(page.locator(".redaction-status")).containsText("locked.pdf cannot be redacted: it is password-protected");
    row(documents, "visit-notes.pdf").locator(".case-redact").click();
    Locator stage = page.locator(".redaction-stage[data-page='1']");
    expect(stage.locator("canvas.redaction-page")).isVisible();
    expect(page.locator(".redaction-page-label")).hasText("Page 1 of 2");
    // PDF.js parses the document in its own worker, loaded from the application's WebJar
    assertThat(page.workers()).anyMatch(worker -> worker.url().startsWith(url("/webjars/pdfjs-dist/"))
        && worker.url().contains("pdf.worker"));

    // drag over both words, with a little room around them
    stage.evaluate("stage => stage.scrollIntoView({block: 'start'})");
    BoundingBox canvas = stage.locator("canvas.redaction-page").boundingBox();
    double scale = canvas.width / PDRectangle.A4.getWidth();
    double left = canvas.x + (SIBLING.x() - 4) * scale;
    double top = canvas.y + (PDRectangle.A4.getHeight() - (SIBLING.y() + SIZE + 2)) * scale;
    double right = canvas.x + (SIBLING.x() + Math.max(SIBLING.width(), ADDRESS.width()) + 4) * scale;
    double bottom = canvas.y + (PDRectangle.A4.getHeight() - (ADDRESS.y() - 5)) * scale;
    page.mouse().move(left, top);
    page.mouse().down();
    page.mouse().move((left + right) / 2, (top + bottom) / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    page.mouse().move(right, bottom, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    page.mouse().up();

    // rest it on a new line of the log, with an exemption from the list the server offers
    Locator form = page.locator(".redaction-mark-form");
    expect(form).isVisible();
    form.locator("select[name=redactionId]").selectOption("new");
    form.locator("select[name=exemption]").selectOption("SERIOUS_HARM");
    form.locator("textarea[name=reasoning]").fill("The social worker advises that this would put the child at risk");
    screenshot(page, "officer-redaction-0-linking");
    form.getByText("Save mark").click();
    expect(page.locator(".redaction-status")).containsText("saved on page 1");
    expect(page.locator("#redaction-marks-list")).containsText("serious harm");
    expect(stage.locator(".redaction-mark")).hasCount(1);

    // the keyboard way, on page 2: place an area, move and size it, keep it; then remove it again
    page.getByText("Next page").click();
    expect(page.locator(".redaction-page-label")).hasText("Page 2 of 2");
    Locator overlay = page.locator(".redaction-stage[data-page='2'] .redaction-overlay");
    overlay.focus();
    page.keyboard().press("Enter");
    page.keyboard().press("ArrowDown");
    page.keyboard().press("Shift+ArrowRight");
    page.keyboard().press("Enter");
    expect(form).isVisible();
    form.locator("select[name=redactionId]").selectOption(String.valueOf(existingLine));
    form.getByText("Save mark").click();
    expect(page.locator("#redaction-marks-list tbody tr")).hasCount(2);
    JsonNode keyboardMark = marks(reference, document).get(1);
    assertThat(keyboardMark.get("page").asInt()).isEqualTo(2);
    assertThat(keyboardMark.get("redactionId").asLong()).isEqualTo(existingLine);
    page.locator("#redaction-marks-list tr[data-mark='" + keyboardMark.get("id").asLong() + "']").getByText("Remove").click();
    expect(page.locator("#redaction-marks-list tbody tr")).hasCount(1);
    // and the whole of page 2 withheld, then released again
    page.getByText("Withhold this page").click();
    form.locator("select[name=redactionId]").selectOption(String.valueOf(existingLine));
    form.getByText("Withhold page").click();
    expect(page.locator(".redaction-stage[data-page='2'] .redaction-withheld")).isVisible();
    JsonNode withheld = marks(reference, document).get(1);
    assertThat(withheld.get("wholePage").asBoolean()).isTrue();
    assertThat(withheld.get("page").asInt()).isEqualTo(2);
    page.locator("#redaction-marks-list tr[data-mark='" + withheld.get("id").asLong() + "']").getByText("Remove").click();
    expect(page.locator(".redaction-stage[data-page='2'] .redaction-withheld")).hasCount(0);
    expect(page.locator("#redaction-marks-list tbody tr")).hasCount(1);

    page.locator("#redaction-marks-list").getByText("Page 1", new Locator.GetByTextOptions().setExact(true)).click();
    expect(stage.locator(".redaction-mark")).hasCount(1);
    page.locator("#redaction-viewer").evaluate("viewer => viewer.scrollIntoView()");
    screenshot(page, "officer-redaction-1-marked");
    page.getByText("Preview redacted copy").click();
    expect(page.locator("#redaction-copy-summary")).containsText("2 page(s)");
    expect(page.locator(".redaction-copy-pages canvas")).hasCount(2);
    page.locator(".redaction-copy").evaluate("copy => copy.scrollIntoView()");
    screenshot(page, "officer-redaction-2-redacted-copy");

    // what the server kept: one mark over both words, resting on the new line
    JsonNode marks = marks(reference, document);
    assertThat(marks).hasSize(1);
    JsonNode mark = marks.get(0);
    JsonNode line = line(reference, mark.get("redactionId").asLong());
    assertThat(line.get("exemption").asText()).isEqualTo("SERIOUS_HARM");
    assertThat(mark.get("page").asInt()).isEqualTo(1);
    assertThat(mark.get("x").asDouble()).isLessThan(SIBLING.x());
    assertThat(mark.get("x").asDouble() + mark.get("width").asDouble())
        .isGreaterThan(SIBLING.x() + Math.max(SIBLING.width(), ADDRESS.width()));
    assertThat(mark.get("y").asDouble()).isLessThan(ADDRESS.y() - 3); // below the descenders
    assertThat(mark.get("y").asDouble() + mark.get("height").asDouble()).isGreaterThan(SIBLING.y() + 9); // above the capitals
    List<String> trail = new ArrayList<>();
    workspace(reference).get("audit").forEach(entry -> trail.add(entry.get("action").asText()));
    assertThat(trail).containsSubsequence("REDACTION_MARK_ADDED", "REDACTION_MARK_ADDED", "REDACTION_MARK_REMOVED",
        "REDACTION_MARK_ADDED", "REDACTION_MARK_REMOVED", "REDACTED_COPY_MADE");

    // the redacted copy: the marked words are nowhere in it; the unmarked page keeps its text
    JsonNode copy = json.readTree(officer().post(path(reference, "/documents/" + document + "/redacted-copy"), "").body());
    byte[] redacted = download(path(reference, "/redacted-copies/" + copy.get("id").asLong()));
    assertGone(redacted, SIBLING.text(), ADDRESS.text());
    assertThat(text(redacted, 2)).contains(KEPT.text());
    assertThat(everything(redacted)).as("the scan sees text that is there").contains(KEPT.text());
    assertPageIsOnlyAPicture(redacted, 1);
    assertBlackUnder(redacted, 1, mark);

    // the response pack: cover letter, Article 15 information, schedule, stamped and numbered pages
    byte[] pack = download(path(reference, "/response-pack"));
    assertGone(pack, SIBLING.text(), ADDRESS.text());
    String packText = text(pack);
    assertThat(packText).contains("Your subject access request: " + reference, "Dear Pat Example", "Your rights");
    assertThat(packText).contains(firstHeading("response/article-15.md.mustache"), "How long we keep it");
    assertThat(packText).contains("Schedule of information not disclosed",
        "Document 1, page 1: parts of the page removed", "Data Protection Act 2018 Sch 3 Pt 3 para 11");
    assertThat(packText).contains(KEPT.text());
    assertThat(everything(pack)).contains(KEPT.text());
    int total;
    try (PDDocument document1 = Loader.loadPDF(pack)) {
      total = document1.getNumberOfPages();
    }
    assertThat(total).isGreaterThan(2);
    for (int n = 1; n <= total; n++) {
      assertThat(text(pack, n)).as("pack page %d", n)
          .contains("Page " + n + " of " + total, reference, "Disclosed to Pat Example on");
    }
    assertThat(text(pack, total)).contains("Document 1, page 2", KEPT.text());
  }

  @Test
  void anAreaDraggedOverAnImageIsCountedInItsPixelsFromTheBottomLeftAndPaintedOutOfTheCopy() throws Exception {
    String instance = requestReadyForReview();
    String reference = reference(instance);
    // a 400 x 300 photograph with a red block 100 px from the left and 40 px from the top, 80 x 50
    BufferedImage photo = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D graphics = photo.createGraphics();
    graphics.setColor(java.awt.Color.WHITE);
    graphics.fillRect(0, 0, 400, 300);
    graphics.setColor(java.awt.Color.RED);
    graphics.fillRect(100, 40, 80, 50);
    graphics.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(photo, "png", png);
    long document = upload(reference, "photo.png", "image/png", png.toByteArray(), "RESPONSE_BUNDLE");
    long line = logLine(reference, "THIRD_PARTY_DATA", "A sibling's face");
    Page page = signIn("officer");

    openTask(page, task(instance, SarProcess.TASK_REVIEW_AND_REDACT));
    page.locator(".nav-tabs").getByText("Case", new Locator.GetByTextOptions().setExact(true)).click();
    row(page.locator("#case-documents-list"), "photo.png").locator(".case-redact").click();
    Locator stage = page.locator(".redaction-stage[data-page='1']");
    expect(stage.locator("img.redaction-page")).isVisible();
    expect(page.locator(".redaction-page-label")).hasText("Page 1 of 1");
    stage.evaluate("stage => stage.scrollIntoView({block: 'start'})");
    BoundingBox shown = stage.locator("img.redaction-page").boundingBox();
    double scale = shown.width / 400;
    page.mouse().move(shown.x + 95 * scale, shown.y + 35 * scale);
    page.mouse().down();
    page.mouse().move(shown.x + 185 * scale, shown.y + 95 * scale, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    page.mouse().up();
    Locator form = page.locator(".redaction-mark-form");
    form.locator("select[name=redactionId]").selectOption(String.valueOf(line));
    form.getByText("Save mark").click();
    expect(page.locator("#redaction-marks-list tbody tr")).hasCount(1);
    screenshot(page, "officer-redaction-3-image");

    JsonNode mark = marks(reference, document).get(0);
    // pixels from the bottom-left: the block runs from y = 300 - 40 - 50 = 210 to 260
    assertThat(mark.get("x").asDouble()).isBetween(90.0, 100.0);
    assertThat(mark.get("x").asDouble() + mark.get("width").asDouble()).isBetween(180.0, 190.0);
    assertThat(mark.get("y").asDouble()).isBetween(200.0, 210.0);
    assertThat(mark.get("y").asDouble() + mark.get("height").asDouble()).isBetween(260.0, 270.0);
    JsonNode copy = json.readTree(officer().post(path(reference, "/documents/" + document + "/redacted-copy"), "").body());
    byte[] redacted = download(path(reference, "/redacted-copies/" + copy.get("id").asLong()));
    try (PDDocument pdf = Loader.loadPDF(redacted)) {
      BufferedImage drawn = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
      int red = 0;
      for (int x = 0; x < drawn.getWidth(); x++) {
        for (int y = 0; y < drawn.getHeight(); y++) {
          java.awt.Color colour = new java.awt.Color(drawn.getRGB(x, y));
          if (colour.getRed() > 200 && colour.getGreen() < 80 && colour.getBlue() < 80) {
            red++;
          }
        }
      }
      assertThat(red).as("red pixels left in the copy").isZero();
    }
  }

  // --- the checks ---------------------------------------------------------------------------------

  /** None of the words is in the text layer, the raw file, any stream PDFBox decodes, or any Flate stream inflated. */
  private static void assertGone(byte[] pdf, String... words) throws IOException {
    String text = text(pdf);
    String everything = everything(pdf);
    for (String word : words) {
      assertThat(text).as("text layer").doesNotContain(word);
      assertThat(everything).as("the file and its streams").doesNotContain(word);
      // a word written as a hex string, e.g. <51756F6B6B61...>
      String hex = HexFormat.of().formatHex(word.getBytes(StandardCharsets.ISO_8859_1));
      assertThat(everything.toLowerCase(Locale.ROOT)).as("as hex").doesNotContain(hex);
      // a word in UTF-16 (text strings in dictionaries, metadata)
      assertThat(everything).as("as UTF-16")
          .doesNotContain(new String(word.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
    }
  }

  /**
   * A redacted page is a picture and nothing else: no font, so no text anyone could copy or
   * search, and its only resources are images.
   */
  private static void assertPageIsOnlyAPicture(byte[] pdf, int pageNumber) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(pageNumber - 1);
      PDResources resources = page.getResources();
      assertThat(resources.getFontNames()).isEmpty();
      assertThat(resources.getXObjectNames()).isNotEmpty();
      for (COSName name : resources.getXObjectNames()) {
        assertThat(resources.getXObject(name)).isInstanceOf(PDImageXObject.class);
      }
      assertThat(page.getAnnotations()).isEmpty();
    }
  }

  /** The pixels where the words were are black: what was there is gone from the picture itself. */
  private static void assertBlackUnder(byte[] pdf, int pageNumber, JsonNode mark) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      float dpi = 72;
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageNumber - 1, dpi);
      float height = document.getPage(pageNumber - 1).getMediaBox().getHeight();
      int dark = 0;
      int all = 0;
      for (int x = (int) Math.ceil(SIBLING.x()); x < SIBLING.x() + SIBLING.width(); x++) {
        for (int y = (int) Math.ceil(height - SIBLING.y() - 8); y < height - ADDRESS.y(); y++) {
          int rgb = image.getRGB(x, y);
          int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
          all++;
          if (brightness < 60) {
            dark++;
          }
        }
      }
      assertThat(all).isGreaterThan(500);
      assertThat(dark).as("dark pixels under mark %s", mark).isEqualTo(all);
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String text(byte[] pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }

  /**
   * Everything a reader could find a word in: the raw bytes; every object PDFBox finds through
   * the file's index, its streams both as stored and decoded (content, object streams, images,
   * metadata); and, independently of the index, every {@code stream … endstream} in the bytes
   * inflated as Flate, so that an object the index forgets is read too.
   */
  private static String everything(byte[] pdf) throws IOException {
    StringBuilder all = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
        COSBase base = document.getDocument().getObjectFromPool(key).getObject();
        if (base instanceof COSStream stream) {
          try (InputStream raw = stream.createRawInputStream()) {
            all.append('\n').append(new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1));
          }
          try (InputStream decoded = stream.createInputStream()) {
            all.append('\n').append(new String(decoded.readAllBytes(), StandardCharsets.ISO_8859_1));
          }
        }
        all.append('\n').append(base);
      }
      all.append('\n').append(document.getDocument().getTrailer());
    }
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher streams = Pattern.compile("stream\r?\n").matcher(raw);
    while (streams.find()) {
      int end = raw.indexOf("endstream", streams.end());
      if (end > 0) {
        all.append('\n').append(inflate(java.util.Arrays.copyOfRange(pdf, streams.end(), end)));
      }
    }
    return all.toString();
  }

  /** The bytes inflated as far as they go; nothing when they are not Flate. */
  private static String inflate(byte[] compressed) {
    Inflater inflater = new Inflater();
    inflater.setInput(compressed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, n);
      }
    } catch (DataFormatException e) {
      // not Flate, or damaged: what was inflated so far is kept
    } finally {
      inflater.end();
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  // --- the browser ---------------------------------------------------------------------------

  private Page signIn(String user) {
    return browser.signIn(url(""), "tasklist", user);
  }

  /** Tasklist opens a task from its address, as a link in a digest e-mail would. */
  private void openTask(Page page, Task task) {
    page.navigate(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    page.locator(".fjs-container").waitFor();
    expect(page.locator(".task-card h2.task")).containsText(task.getName());
  }

  private static Locator row(Locator table, String text) {
    return table.locator("tr").filter(new Locator.FilterOptions().setHasText(text));
  }


  private String url(String path) {
    return "http://localhost:" + port + path;
  }


  // --- the case, set up and read through the application -----------------------------------

  /**
   * A parent's request, registered through the API, verified and searched: its *Review and redact*
   * task is open. The acknowledgement is skipped (no mail server needed; the letters are the process
   * tests' subject).
   */
  private String requestReadyForReview() {
    HttpResponse<String> created = officer().post("/api/sars", """
        {"receivedOn": "%s", "channel": "POST",
         "requester": {"name": "Pat Example", "email": "pat@example.org", "relationship": "PARENT"},
         "subject": {"name": "Jamie Example", "dateOfBirth": "2019-02-03", "cohort": "CHILD_IN_NEED"},
         "description": "Social care records about Jamie"}
        """.formatted(LocalDate.now(EngineTime.LONDON)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = read(created.body()).path("reference").asText();
    String instance =
        runtimeService.createProcessInstanceQuery().rootProcessInstances().processInstanceBusinessKey(reference).singleResult().getId();
    runtimeService
        .createProcessInstanceModification(instance)
        .cancelAllForActivity(SarProcess.TASK_SEND_ACKNOWLEDGEMENT)
        .startBeforeActivity(SarProcess.TASK_VERIFY_IDENTITY)
        .execute();
    AsUser.complete(identityService, taskService, task(instance, SarProcess.TASK_VERIFY_IDENTITY), "officer",
        Map.of(SarProcess.IDENTITY_OUTCOME, "VERIFIED", SarProcess.PR_BASIS, "BIRTH_MOTHER",
            SarProcess.CHILD_LEGAL_STATUS, "NO_ORDER"));
    // a parent asks for a child: the child's competence is assessed first
    AsUser.complete(identityService, taskService, task(instance, SarProcess.TASK_ASSESS_COMPETENCE), "officer",
        Map.of(SarProcess.COMPETENCE_OUTCOME, "CHILD_NOT_COMPETENT"));
    for (Task search : taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(SarProcess.TASK_SEARCH_RECORDS).list()) {
      AsUser.complete(identityService, taskService, search, "owner", Map.of("recordsFound", true, "recordsCount", 2));
    }
    return instance;
  }

  /** Two A4 pages of a social worker's notes, with compressed streams, as PDFBox saves them. */
  private static byte[] twoPageRecord() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage first = new PDPage(PDRectangle.A4);
      document.addPage(first);
      try (PDPageContentStream content = new PDPageContentStream(document, first)) {
        write(content, new Word("Home visit notes", 72, 760));
        write(content, new Word("Visit by the allocated social worker, with notice given the week before.", 72, 735));
        write(content, new Word("Jamie was at home with their mother. The house was warm and tidy.", 72, 715));
        write(content, new Word("Jamie showed me their room and talked about school and their friends.", 72, 695));
        write(content, new Word("Also present during part of the visit:", 72, 640));
        write(content, SIBLING);
        write(content, ADDRESS);
        write(content, new Word("Jamie said they would like to see their grandparents more often.", 72, 540));
        write(content, new Word("Next visit agreed for four weeks' time.", 72, 520));
      }
      PDPage second = new PDPage(PDRectangle.A4);
      document.addPage(second);
      try (PDPageContentStream content = new PDPageContentStream(document, second)) {
        write(content, new Word("Follow-up", 72, 760));
        write(content, new Word("Activities Jamie enjoys, to build on in the plan:", 72, 720));
        write(content, KEPT);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] passwordProtected() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage(PDRectangle.A4));
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static void write(PDPageContentStream content, Word word) throws IOException {
    content.beginText();
    content.setFont(FONT, SIZE);
    content.newLineAtOffset(word.x(), word.y());
    content.showText(word.text());
    content.endText();
  }

  private long upload(String reference, String name, String type, byte[] content, String kind) {
    HttpResponse<String> uploaded =
        officer().upload(path(reference, "/attachments"), Map.of("kind", kind), name, type, content);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    return read(uploaded.body()).get("id").asLong();
  }

  private long logLine(String reference, String exemption, String reasoning) {
    // a third party's line says who they are and what was weighed (DPA 2018 Sch 2 Pt 3 para 16(3))
    String consent = "THIRD_PARTY_DATA".equals(exemption)
        ? "\"thirdParty\": {\"role\": \"PRIVATE_INDIVIDUAL\", \"consent\": \"NOT_SOUGHT\", \"factorsWeighed\": [\"TYPE_OF_INFORMATION\"]}"
        : "\"consentSought\": false";
    HttpResponse<String> logged = officer().post(path(reference, "/redactions"), """
        {"location": "visit-notes.pdf", "exemption": "%s", "reasoning": "%s", %s}
        """.formatted(exemption, reasoning, consent));
    assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
    return read(logged.body()).get("id").asLong();
  }

  private JsonNode line(String reference, long id) {
    for (JsonNode line : read(officer().get(path(reference, "/redactions")).body())) {
      if (line.get("id").asLong() == id) {
        return line;
      }
    }
    throw new AssertionError("no line " + id + " in " + reference + "'s redaction log");
  }

  private JsonNode marks(String reference, long document) {
    HttpResponse<String> marks = officer().get(path(reference, "/documents/" + document + "/redaction-marks"));
    assertThat(marks.statusCode()).as(marks.body()).isEqualTo(200);
    return read(marks.body());
  }

  private JsonNode workspace(String reference) {
    return read(officer().get(path(reference, "/workspace")).body());
  }

  private byte[] download(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer:officer".getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/pdf, application/problem+json")
        .GET().build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return response.body();
  }

  private static String firstHeading(String resource) throws IOException {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow().substring(2);
    }
  }

  private String reference(String instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
  }

  private Task task(String instance, String activity) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).list();
    assertThat(tasks).as("open %s tasks", activity).hasSize(1);
    return tasks.get(0);
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String path(String reference, String suffix) {
    return "/api/cases/" + reference + suffix;
  }

  private Api officer() {
    return Api.at(port).as("officer");
  }
}
