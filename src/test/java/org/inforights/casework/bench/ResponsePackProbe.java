package org.inforights.casework.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.inforights.casework.support.Api;

/**
 * The response pack at size: one case with {@code documents} records of {@code pagesEach} pages of
 * text, a redaction marked on the first page of each (so that many pages are redrawn as images),
 * and the time to build the pack and the heap's peak while it is built (the sum of the heap pools'
 * peaks, garbage included: an upper bound) above the heap in use after a GC before it.
 */
final class ResponsePackProbe {

  /** How big a pack. */
  record Size(int documents, int pagesEach) {

    static Size full() {
      return new Size(Integer.getInteger("bench.packDocuments", 50), Integer.getInteger("bench.packPagesEach", 10));
    }
  }

  /** What one build of the pack measured. */
  record PackBuild(
      int documents, int sourcePages, int redactedPages, int packPages, double seconds, long heapBeforeBytes,
      long peakHeapBytes, long packBytes) {}

  private ResponsePackProbe() {}

  static PackBuild measure(BenchApplication app, Size size) throws Exception {
    Api officer = Api.at(app.port()).as("officer");
    ObjectMapper json = new ObjectMapper();
    String today = LocalDate.now(app.bean(Clock.class)).toString();
    HttpResponse<String> created = officer.post("/api/sars", """
        {"receivedOn": "%s", "channel": "EMAIL",
         "requester": {"name": "Bench Requester", "email": "bench@example.org", "relationship": "PARENT"},
         "subject": {"name": "Bench Child", "dateOfBirth": "2012-05-01", "cohort": "CHILD_IN_NEED"}}
        """.formatted(today));
    String reference = json.readTree(expect(created, 201)).get("reference").asText();
    String base = "/api/cases/" + reference;
    long line = json.readTree(expect(officer.post(base + "/redactions", """
        {"location": "Every record, first page", "exemption": "THIRD_PARTY_DATA",
         "reasoning": "Names another child", "consentSought": false, "thirdParty": {"role": "PRIVATE_INDIVIDUAL", "consent": "NOT_SOUGHT", "factorsWeighed": ["TYPE_OF_INFORMATION"]}}
        """), 201)).get("id").asLong();
    byte[] record = record(size.pagesEach());
    for (int d = 0; d < size.documents(); d++) {
      long document = json.readTree(expect(officer.upload(base + "/attachments", Map.of("kind", "RESPONSE_BUNDLE"),
          "record-" + d + ".pdf", "application/pdf", record), 201)).get("id").asLong();
      expect(officer.post(base + "/documents/" + document + "/redaction-marks",
          "{\"page\": 1, \"x\": 70, \"y\": 690, \"width\": 200, \"height\": 20, \"redactionId\": " + line + "}"), 201);
    }

    long before = Benchmark.usedHeapAfterGc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    JsonNode summary = json.readTree(expect(officer.get(base + "/response-pack/summary"), 200));
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return new PackBuild(size.documents(), size.documents() * size.pagesEach(), size.documents(),
        summary.get("pageCount").asInt(), seconds, before, peak, summary.get("sizeBytes").asLong());
  }

  /** A record of typed pages: a heading and forty lines of text on each. */
  private static byte[] record(int pages) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument document = new PDDocument()) {
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(15);
          content.newLineAtOffset(72, 700);
          content.showText("Case note " + p + ": Visit to the family home with a named other child present");
          for (int l = 0; l < 40; l++) {
            content.newLine();
            content.showText("Line " + l + " of the recording: the child spoke about school, friends and contact.");
          }
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static String expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
