package org.inforights.casework.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The burn-in itself, without the application: what survives a mark, and what does not. */
class RedactorTest {

  @TempDir Path dir;

  final Redactor redactor = new Redactor(150);

  @Test
  void aMarkedWordIsGoneFromTheTextLayerAndEveryStreamWhileUnmarkedPagesKeepTheirText() throws IOException {
    TestPdfs.Word secret = new TestPdfs.Word(1, "Zanzisecret", 72, 600);
    byte[] original = TestPdfs.pdf(2, List.of(secret, new TestPdfs.Word(1, "Farawayword", 72, 300),
        new TestPdfs.Word(2, "Zanzisecret", 72, 600)));
    assertThat(TestPdfs.everything(original)).contains("Zanzisecret", "Titlexyzzy", "Xmpquux", "Annotfrobnicate");

    byte[] released = release(original, "application/pdf", page1Marks(secret), List.of(2));

    // the second page's copy of the word is unmarked there and stays; only page 1 is checked for it
    assertThat(TestPdfs.text(released, 1)).doesNotContain("Zanzisecret").doesNotContain("Farawayword");
    assertThat(TestPdfs.text(released, 2)).contains("Page2marker", "Zanzisecret");
    assertThat(TestPdfs.everything(released)).contains("Page2marker"); // the scan does see text that is there
    for (String gone : List.of("Titlexyzzy", "Authorplugh", "Xmpquux", "Annotfrobnicate", "Page1marker")) {
      TestPdfs.assertGone(released, gone);
    }
  }

  @Test
  void withPage1OnlyTheMarkedWordIsGoneFromEveryByteOfTheFile() throws IOException {
    TestPdfs.Word secret = new TestPdfs.Word(1, "Zanzisecret", 72, 600);
    byte[] original = TestPdfs.pdf(2, List.of(secret));

    byte[] released = release(original, "application/pdf", page1Marks(secret), List.of(2));

    TestPdfs.assertGone(released, "Zanzisecret");
    assertThat(TestPdfs.pages(released)).isEqualTo(2);
    try (PDDocument document = Loader.loadPDF(released)) {
      assertThat(document.getDocumentInformation().getTitle()).isNull();
      assertThat(document.getDocumentInformation().getAuthor()).isNull();
      assertThat(document.getDocumentCatalog().getMetadata()).isNull();
      assertThat(document.getPage(1).getAnnotations()).isEmpty();
    }
  }

  @Test
  void theMarkCoversWhatWasUnderItOnARotatedPageToo() throws IOException {
    for (int rotation : List.of(0, 90, 180, 270)) {
      byte[] original;
      try (PDDocument document = new PDDocument()) {
        PDPage page = new PDPage(new PDRectangle(10, 20, 400, 600));
        page.setRotation(rotation);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.setNonStrokingColor(Color.RED);
          content.addRect(60, 400, 120, 40);
          content.fill();
        }
        original = TestPdfs.save(document);
      }
      RedactionMark.Area area = new RedactionMark.Area(60, 400, 120, 40);

      assertThat(redPixels(release(original, "application/pdf", List.of(area), List.of())))
          .as("rotation %d, marked", rotation).isZero();
      assertThat(redPixels(release(original, "application/pdf", List.of(new RedactionMark.Area(300, 40, 20, 20)),
          List.of()))).as("rotation %d, marked elsewhere", rotation).isGreaterThan(1000);
    }
  }

  @Test
  void anImageIsRedactedOnItsPixelsCountedFromTheBottomLeft() throws IOException {
    // a red block 40 px from the top of a 400 x 300 image: from the bottom, y = 300 - 40 - 50 = 210
    byte[] png = TestPdfs.png(400, 300, Color.RED, 100, 40, 80, 50);

    byte[] covered = release(png, "image/png", List.of(new RedactionMark.Area(100, 210, 80, 50)), List.of());
    byte[] elsewhere = release(png, "image/png", List.of(new RedactionMark.Area(300, 10, 20, 20)), List.of());

    assertThat(redPixels(covered)).isZero();
    assertThat(redPixels(elsewhere)).isGreaterThan(1000);
  }

  @Test
  void aPosterSizedPageIsRedrawnWithinThePixelLimitAndAnOversizedImageIsRefused() throws IOException {
    byte[] poster;
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage(new PDRectangle(5000, 5000)));
      poster = TestPdfs.save(document);
    }
    byte[] released = release(poster, "application/pdf", List.of(new RedactionMark.Area(10, 10, 100, 100)), List.of());
    try (PDDocument document = Loader.loadPDF(released)) {
      var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) document.getPage(0).getResources()
          .getXObject(document.getPage(0).getResources().getXObjectNames().iterator().next());
      assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(Redactor.MAX_PIXELS).isPositive();
    }

    BufferedImage huge = new BufferedImage(6000, 6000, BufferedImage.TYPE_BYTE_BINARY);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(huge, "png", png);
    Path hugeFile = file(png.toByteArray());
    assertThatThrownBy(() -> redactor.open("Document 3 (scan.png)", "image/png", hugeFile))
        .isInstanceOf(UnredactableDocumentException.class).hasMessageContaining("too large an image");
  }

  @Test
  void aHiddenLayerNobodySawIsNotReleasedWithAnUnmarkedPage() throws IOException {
    byte[] layered;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      var properties = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties();
      var hidden = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup("notes");
      properties.addGroup(hidden);
      properties.setGroupEnabled(hidden, false);
      document.getDocumentCatalog().setOCProperties(properties);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        TestPdfs.write(content, "Shownword", 72, 700);
        content.beginMarkedContent(org.apache.pdfbox.cos.COSName.OC, hidden);
        TestPdfs.write(content, "Hiddenlayerword", 72, 650);
        content.endMarkedContent();
      }
      layered = TestPdfs.save(document);
    }
    assertThat(TestPdfs.everything(layered)).contains("Hiddenlayerword");

    byte[] released = release(layered, "application/pdf", List.of(), List.of());

    TestPdfs.assertGone(released, "Hiddenlayerword");
    assertThat(TestPdfs.pages(released)).isEqualTo(1);
  }

  @Test
  void malformedProtectedAndOtherDocumentsAreRefusedNamingThem() throws IOException {
    Path garbage = file("%PDF-1.7\nthis is not a PDF at all".getBytes(StandardCharsets.US_ASCII));
    Path protectedPdf = file(TestPdfs.passwordProtected());
    Path text = file("hello".getBytes(StandardCharsets.UTF_8));
    Path brokenPng = file(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});

    assertThatThrownBy(() -> redactor.open("Document 7 (notes.pdf)", "application/pdf", garbage))
        .isInstanceOf(UnredactableDocumentException.class).hasMessageContaining("Document 7 (notes.pdf)")
        .hasMessageContaining("not a readable PDF");
    assertThatThrownBy(() -> redactor.open("Document 8", "application/pdf", protectedPdf))
        .isInstanceOf(UnredactableDocumentException.class).hasMessageContaining("password-protected");
    assertThatThrownBy(() -> redactor.open("Document 9", "text/plain", text))
        .isInstanceOf(UnredactableDocumentException.class).hasMessageContaining("convert it to PDF first");
    assertThatThrownBy(() -> redactor.open("Document 10", "image/png", brokenPng))
        .isInstanceOf(UnredactableDocumentException.class).hasMessageContaining("not a readable image");
  }

  @Test
  void aTruncatedPdfAPdfWithoutPagesAndOneLockedOnlyAgainstChangesAreRefusedToo() throws IOException {
    byte[] whole = TestPdfs.pdf(3, List.of());
    Path truncated = file(java.util.Arrays.copyOf(whole, whole.length / 3));
    Path noPages = file(TestPdfs.save(new PDDocument()));
    Path ownerOnly = file(TestPdfs.ownerPasswordOnly());

    assertThatThrownBy(() -> redactor.open("Document 11 (cut.pdf)", "application/pdf", truncated).close())
        .isInstanceOf(UnredactableDocumentException.class).hasMessageContaining("Document 11 (cut.pdf)")
        .hasMessageContaining("not a readable PDF");
    assertThatThrownBy(() -> redactor.open("Document 12", "application/pdf", noPages))
        .isInstanceOf(UnredactableDocumentException.class).hasMessageContaining("it has no pages");
    assertThatThrownBy(() -> redactor.open("Document 13", "application/pdf", ownerOnly))
        .isInstanceOf(UnredactableDocumentException.class).hasMessageContaining("password-protected");
  }

  private static List<RedactionMark.Area> page1Marks(TestPdfs.Word word) throws IOException {
    var cover = word.cover();
    return List.of(new RedactionMark.Area(((Number) cover.get("x")).doubleValue(), ((Number) cover.get("y")).doubleValue(),
        ((Number) cover.get("width")).doubleValue(), ((Number) cover.get("height")).doubleValue()));
  }

  /** Page 1 with the areas; the other pages as they are. */
  private byte[] release(byte[] original, String type, List<RedactionMark.Area> areas, List<Integer> otherPages)
      throws IOException {
    try (Redactor.Source source = redactor.open("Document 1", type, file(original));
        PDDocument target = Redactor.newDocument()) {
      source.release(1, areas, target);
      for (int page : otherPages) {
        source.release(page, List.of(), target);
      }
      return TestPdfs.save(target);
    }
  }

  private Path file(byte[] content) throws IOException {
    Path file = Files.createTempFile(dir, "doc", ".bin");
    Files.write(file, content);
    return file;
  }

  private static int redPixels(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
      int red = 0;
      for (int x = 0; x < image.getWidth(); x++) {
        for (int y = 0; y < image.getHeight(); y++) {
          Color c = new Color(image.getRGB(x, y));
          if (c.getRed() > 200 && c.getGreen() < 80 && c.getBlue() < 80) {
            red++;
          }
        }
      }
      return red;
    }
  }
}
