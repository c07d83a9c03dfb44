package org.inforights.casework.response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * The pack's own words on A4 pages: a small Markdown subset ({@code #} and {@code ##} headings,
 * {@code -} bullets, paragraphs separated by a blank line), wrapped to the page, and the footer
 * stamped on every page. The standard Helvetica fonts are used, not embedded, so the same words
 * always make the same bytes; a character those fonts cannot show becomes {@code ?}.
 */
final class PackText {

  /** For checking which characters can be shown; never written into a document. */
  private static final PDType1Font PROBE = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private static final float MARGIN = 56;
  private static final float BODY = 11;
  private static final float FOOTER = 8;

  private static final Map<Character, Boolean> SHOWABLE = new ConcurrentHashMap<>();

  /*
   * Fonts of the document being made. Not shared between documents: saving a document numbers
   * its objects, and an object that kept the number from another document's save would make the
   * same pack come out as different bytes.
   */
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  /** Writes the Markdown onto as many new A4 pages at the end of {@code target} as it needs. */
  void write(PDDocument target, String markdown) {
    try {
      new Writer(target).write(markdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stamps a line of text at the foot of a page as the reader sees it, whatever the page's
   * rotation, over the page's own content.
   */
  void stamp(PDDocument target, PDPage page, String line) {
    PDRectangle box = page.getCropBox();
    int rotation = Math.floorMod(page.getRotation(), 360);
    float width = box.getWidth();
    float height = box.getHeight();
    // from the page as shown (origin bottom left, upright) to the page's user space
    Matrix shownToUser =
        switch (rotation) {
          case 90 -> new Matrix(0, 1, -1, 0, width, 0);
          case 180 -> new Matrix(-1, 0, 0, -1, width, height);
          case 270 -> new Matrix(0, -1, 1, 0, 0, height);
          default -> new Matrix();
        };
    float shownWidth = rotation == 90 || rotation == 270 ? height : width;
    String text = showable(line);
    try (PDPageContentStream content =
        new PDPageContentStream(target, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      content.transform(Matrix.getTranslateInstance(box.getLowerLeftX(), box.getLowerLeftY()));
      content.transform(shownToUser);
      float textWidth = regular.getStringWidth(text) / 1000 * FOOTER;
      float size = textWidth > shownWidth - 24 ? FOOTER * (shownWidth - 24) / textWidth : FOOTER;
      content.setNonStrokingColor(0.2f, 0.2f, 0.2f);
      content.beginText();
      content.setFont(regular, size);
      content.newLineAtOffset(12, 10);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every character the standard fonts cannot show replaced by {@code ?}. */
  static String showable(String text) {
    StringBuilder result = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      char shown = c == '\t' ? ' ' : c;
      boolean ok =
          SHOWABLE.computeIfAbsent(
              shown,
              candidate -> {
                try {
                  PROBE.encode(String.valueOf(candidate));
                  return true;
                } catch (IOException | IllegalArgumentException e) {
                  return false;
                }
              });
      result.append(ok ? shown : '?');
    }
    return result.toString();
  }

  private final class Writer {

    private final PDDocument target;
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument target) {
      this.target = target;
    }

    void write(String markdown) throws IOException {
      newPage();
      List<String> paragraph = new ArrayList<>();
      for (String raw : markdown.replace("\r", "").split("\n", -1)) {
        String line = raw.stripTrailing();
        if (line.startsWith("# ") || line.startsWith("## ") || line.startsWith("- ") || line.isBlank()) {
          flush(paragraph);
        }
        if (line.startsWith("# ")) {
          block(line.substring(2), bold, 16, 0, "");
        } else if (line.startsWith("## ")) {
          block(line.substring(3), bold, 13, 0, "");
        } else if (line.startsWith("- ")) {
          paragraph.add("\u0000" + line.substring(2));
        } else if (!line.isBlank()) {
          paragraph.add(line.strip());
        } else {
          y -= BODY * 0.6f;
        }
      }
      flush(paragraph);
      content.close();
    }

    /** A paragraph's lines, or a bullet with its continuation lines. */
    private void flush(List<String> lines) throws IOException {
      if (lines.isEmpty()) {
        return;
      }
      boolean bullet = lines.get(0).startsWith("\u0000");
      String text = String.join(" ", lines).replace("\u0000", "");
      lines.clear();
      block(text, regular, BODY, bullet ? 14 : 0, bullet ? "\u2022" : "");
    }

    private void block(String text, PDType1Font font, float size, float indent, String marker) throws IOException {
      float leading = size * 1.35f;
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
      List<String> lines = wrap(showable(text.replace("**", "")), font, size, width);
      boolean first = true;
      for (String line : lines) {
        if (y - leading < MARGIN + 20) {
          content.close();
          newPage();
        }
        y -= leading;
        if (first && !marker.isEmpty()) {
          show(marker, regular, size, MARGIN + 3, y);
        }
        show(line, font, size, MARGIN + indent, y);
        first = false;
      }
      y -= size * 0.4f;
    }

    private void show(String text, PDType1Font font, float size, float x, float atY) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, atY);
      content.showText(text);
      content.endText();
    }

    private void newPage() throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      target.addPage(page);
      content = new PDPageContentStream(target, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" +")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      if (!line.isEmpty() || lines.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }
  }
}
