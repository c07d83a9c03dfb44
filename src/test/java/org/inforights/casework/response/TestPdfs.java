package org.inforights.casework.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDFs made for the tests with known words in known places, and checks that words are gone. */
public final class TestPdfs {

  static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final float SIZE = 12;

  private TestPdfs() {}

  /** A word placed on a page: where its baseline starts. */
  public record Word(int page, String text, float x, float y) {

    /** A rectangle that covers the word with a little room around it. */
    Map<String, Object> cover() throws IOException {
      float width = FONT.getStringWidth(text) / 1000 * SIZE;
      return Map.of("page", page, "x", x - 2, "y", y - 4, "width", width + 4, "height", SIZE + 5);
    }
  }

  /**
   * A document of {@code pages} A4 pages, each with the line {@code "Page<n>marker text"} at the top,
   * the given words, an annotation carrying a comment on every page, and a title, author and XMP
   * metadata naming people.
   */
  public static byte[] pdf(int pages, List<Word> words) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int n = 1; n <= pages; n++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          write(content, "Page" + n + "marker text", 72, 780);
          for (Word word : words) {
            if (word.page() == n) {
              write(content, word.text(), word.x(), word.y());
            }
          }
        }
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(500, 800, 20, 20));
        note.setContents("Annotfrobnicate comment");
        page.getAnnotations().add(note);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Titlexyzzy report");
      info.setAuthor("Authorplugh Smith");
      PDMetadata xmp = new PDMetadata(document, new ByteArrayInputStream(
          "<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>Xmpquux Jones</dc:creator></x:xmpmeta>"
              .getBytes(StandardCharsets.UTF_8)));
      document.getDocumentCatalog().setMetadata(xmp);
      return save(document);
    }
  }

  static byte[] passwordProtected() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    }
  }

  /** Encrypted with an owner password only: it opens without a password, but may not be changed. */
  static byte[] ownerPasswordOnly() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      AccessPermission permissions = new AccessPermission();
      permissions.setCanModify(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", permissions);
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    }
  }

  static byte[] png(int width, int height, Color fill, int fx, int fy, int fw, int fh) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(fill);
    graphics.fillRect(fx, fy, fw, fh);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static void write(PDPageContentStream content, String text, float x, float y) throws IOException {
    content.beginText();
    content.setFont(FONT, SIZE);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /** The text layer, with every run of white space (a line wrapped, say) as one space. */
  public static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  static String text(byte[] pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /**
   * Everything in the file a reader could find a word in: its raw bytes, and every object of the
   * file with its streams both as stored and decoded (content streams, object streams, metadata).
   */
  static String everything(byte[] pdf) throws IOException {
    StringBuilder all = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
        COSObject object = document.getDocument().getObjectFromPool(key);
        COSBase base = object.getObject();
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
    return all.toString();
  }

  /** The word appears nowhere: not in the text layer, not in the file, not in any stream decoded. */
  static void assertGone(byte[] pdf, String word) throws IOException {
    assertThat(text(pdf)).doesNotContain(word);
    assertThat(everything(pdf)).doesNotContain(word);
  }
}
