package org.inforights.casework.response;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Burns redactions into pages: a page with a mark is drawn as an image, the marked areas are
 * painted black on the image's pixels, and only that image goes into the output. Nothing of the
 * page's text layer, fonts, annotations or hidden content survives; what was under a mark is gone
 * from the pixels themselves. A page without a mark is copied as it stands into the new document,
 * without its annotations (which may carry scripts, form values or comments), thumbnails or
 * metadata; nothing of the source document's catalogue (information dictionary, XMP metadata,
 * outline, forms, embedded files, earlier revisions) is copied.
 */
final class Redactor {

  /** The size of an A4 page, on which an image document is released. */
  private static final PDRectangle A4 = PDRectangle.A4;

  private static final List<COSName> PAGE_ENTRIES_NOT_COPIED =
      List.of(
          COSName.ANNOTS, COSName.AA, COSName.METADATA, COSName.PIECE_INFO, COSName.THUMB, COSName.B,
          COSName.STRUCT_PARENTS, COSName.getPDFName("Trans"), COSName.getPDFName("PresSteps"),
          COSName.getPDFName("VP"), COSName.getPDFName("AF"), COSName.getPDFName("DPart"));

  /**
   * The most pixels a redrawn page or a redacted image may have (about 100 MB while drawn): an A4
   * page at 600 dpi fits; a poster-sized page is drawn at a lower resolution instead.
   */
  static final long MAX_PIXELS = 35_000_000L;

  private final float dpi;

  Redactor(float dpi) {
    this.dpi = dpi;
  }

  /**
   * Opens a document for redaction from a file. PDFs, PNGs and JPEGs can be redacted; anything
   * else must first be converted to PDF. A malformed or password-protected file is refused.
   */
  Source open(String label, String contentType, Path file) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/pdf" -> openPdf(label, file);
      case "image/png", "image/jpeg" -> openImage(label, type, file);
      default ->
          throw new UnredactableDocumentException(
              label + " is not a PDF or an image and cannot be redacted here: convert it to PDF first, "
                  + "attach the PDF and redact that");
    };
  }

  private Source openPdf(String label, Path file) {
    PDDocument document;
    try {
      document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
          IOUtils.createTempFileOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      throw new UnredactableDocumentException(
          label + " is password-protected: save an unprotected copy and attach that");
    } catch (IOException | RuntimeException e) {
      throw new UnredactableDocumentException(label + " is not a readable PDF: it may be damaged or incomplete");
    }
    if (document.isEncrypted()) {
      closeQuietly(document);
      throw new UnredactableDocumentException(
          label + " is password-protected: save an unprotected copy and attach that");
    }
    int pages;
    try {
      pages = document.getNumberOfPages();
    } catch (RuntimeException e) {
      pages = 0;
    }
    if (pages == 0) {
      closeQuietly(document);
      throw new UnredactableDocumentException(label + " is not a readable PDF: it has no pages");
    }
    return new PdfSource(document);
  }

  private Source openImage(String label, String type, Path file) {
    BufferedImage image;
    try {
      if (pixels(file) > MAX_PIXELS) {
        throw new UnredactableDocumentException(
            label + " is too large an image to redact here: reduce its resolution or convert it to PDF first");
      }
      image = ImageIO.read(file.toFile());
    } catch (UnredactableDocumentException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
      throw new UnredactableDocumentException(label + " is not a readable image: it may be damaged or incomplete");
    }
    return new ImageSource(toRgb(image), type.equals("image/jpeg"));
  }

  /** The image's size from its header, without decoding it; 0 when no reader knows the file. */
  private static long pixels(Path file) throws IOException {
    try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return 0;
      }
      java.util.Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return 0;
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return (long) reader.getWidth(0) * reader.getHeight(0);
      } finally {
        reader.dispose();
      }
    }
  }

  /** A document whose pages can be released, with or without marks. */
  interface Source extends Closeable {

    int pageCount();

    /** The page's box in the coordinates marks are given in (1-based page). */
    PDRectangle pageBox(int page);

    /**
     * Adds the page to {@code target}: as it stands when {@code areas} is empty, otherwise drawn
     * as an image with the areas painted black.
     */
    void release(int page, List<RedactionMark.Area> areas, PDDocument target);

    @Override
    void close();
  }

  private final class PdfSource implements Source {

    private final PDDocument document;

    PdfSource(PDDocument document) {
      this.document = document;
    }

    @Override
    public int pageCount() {
      return document.getNumberOfPages();
    }

    @Override
    public PDRectangle pageBox(int page) {
      return document.getPage(page - 1).getCropBox();
    }

    @Override
    public void release(int page, List<RedactionMark.Area> areas, PDDocument target) {
      PDPage source = document.getPage(page - 1);
      try {
        if (areas.isEmpty() && !hasLayers()) {
          copy(source, target);
        } else {
          burn(page, source, areas, target);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void copy(PDPage source, PDDocument target) throws IOException {
      PDRectangle mediaBox = source.getMediaBox();
      PDRectangle cropBox = source.getCropBox();
      int rotation = source.getRotation();
      PDPage copy = target.importPage(source);
      PAGE_ENTRIES_NOT_COPIED.forEach(copy.getCOSObject()::removeItem);
      copy.setMediaBox(mediaBox);
      copy.setCropBox(cropBox);
      copy.setRotation(rotation);
    }

    private void burn(int page, PDPage source, List<RedactionMark.Area> areas, PDDocument target)
        throws IOException {
      // a renderer per page: PDFRenderer keeps the last page it drew, and the source stays open
      // until the whole pack is written
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setSubsamplingAllowed(false);
      PDRectangle cropBox = source.getCropBox();
      double squareInches = (cropBox.getWidth() / 72.0) * (cropBox.getHeight() / 72.0);
      float drawnDpi = (float) Math.min(dpi, Math.floor(Math.sqrt(MAX_PIXELS / Math.max(squareInches, 1e-6))));
      BufferedImage image = renderer.renderImageWithDPI(page - 1, drawnDpi, ImageType.RGB);
      int rotation = Math.floorMod(source.getRotation(), 360);
      // the renderer's own mapping from user space to the image's pixels, rotation included
      double scale = drawnDpi / 72.0;
      AffineTransform toPixels = AffineTransform.getScaleInstance(scale, scale);
      switch (rotation) {
        case 90 -> toPixels.translate(cropBox.getHeight(), 0);
        case 180 -> toPixels.translate(cropBox.getWidth(), cropBox.getHeight());
        case 270 -> toPixels.translate(0, cropBox.getWidth());
        default -> { }
      }
      toPixels.rotate(Math.toRadians(rotation));
      toPixels.translate(0, cropBox.getHeight());
      toPixels.scale(1, -1);
      toPixels.translate(-cropBox.getLowerLeftX(), -cropBox.getLowerLeftY());
      paint(image, areas, toPixels);
      boolean sideways = rotation == 90 || rotation == 270;
      PDRectangle shown =
          sideways
              ? new PDRectangle(cropBox.getHeight(), cropBox.getWidth())
              : new PDRectangle(cropBox.getWidth(), cropBox.getHeight());
      addImagePage(target, LosslessFactory.createFromImage(target, image), shown);
    }

    /**
     * Whether the document has optional content (layers): a copied page would lose the layers'
     * settings and show a hidden layer nobody reviewed, so each page is redrawn as it is seen.
     */
    private boolean hasLayers() {
      return document.getDocumentCatalog().getOCProperties() != null;
    }

    @Override
    public void close() {
      closeQuietly(document);
    }
  }

  private static final class ImageSource implements Source {

    private final BufferedImage image;
    private final boolean photograph;

    ImageSource(BufferedImage image, boolean photograph) {
      this.image = image;
      this.photograph = photograph;
    }

    @Override
    public int pageCount() {
      return 1;
    }

    @Override
    public PDRectangle pageBox(int page) {
      return new PDRectangle(image.getWidth(), image.getHeight());
    }

    @Override
    public void release(int page, List<RedactionMark.Area> areas, PDDocument target) {
      BufferedImage copy = toRgb(image);
      // pixels from the bottom-left corner, as PDF coordinates are
      AffineTransform toPixels = new AffineTransform(1, 0, 0, -1, 0, image.getHeight());
      paint(copy, areas, toPixels);
      boolean landscape = copy.getWidth() > copy.getHeight();
      PDRectangle paper = landscape ? new PDRectangle(A4.getHeight(), A4.getWidth()) : A4;
      float fit = Math.min(paper.getWidth() / copy.getWidth(), paper.getHeight() / copy.getHeight());
      try {
        PDImageXObject drawn =
            photograph && areas.isEmpty()
                ? JPEGFactory.createFromImage(target, copy, 0.9f)
                : LosslessFactory.createFromImage(target, copy);
        addImagePage(target, drawn, new PDRectangle(copy.getWidth() * fit, copy.getHeight() * fit));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      // nothing held but the pixels
    }
  }

  /** Paints each area black on the image, widened to whole pixels so no edge of a glyph survives. */
  private static void paint(BufferedImage image, List<RedactionMark.Area> areas, AffineTransform toPixels) {
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setColor(Color.BLACK);
      for (RedactionMark.Area area : areas) {
        Rectangle pixels =
            toPixels
                .createTransformedShape(new Rectangle2D.Double(area.x(), area.y(), area.width(), area.height()))
                .getBounds();
        pixels.grow(1, 1);
        graphics.fill(pixels);
      }
    } finally {
      graphics.dispose();
    }
  }

  private static void addImagePage(PDDocument target, PDImageXObject image, PDRectangle size) throws IOException {
    PDPage page = new PDPage(size);
    target.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(target, page)) {
      content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
    }
  }

  /** A plain RGB copy: drops an image's colour-model quirks, transparency and metadata. */
  private static BufferedImage toRgb(BufferedImage source) {
    BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = copy.createGraphics();
    try {
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, copy.getWidth(), copy.getHeight());
      graphics.drawImage(source, 0, 0, null);
    } finally {
      graphics.dispose();
    }
    return copy;
  }

  private static void closeQuietly(PDDocument document) {
    try {
      document.close();
    } catch (IOException e) {
      // a read-only source: nothing to lose
    }
  }

  /** A new, empty document whose pages are kept in temporary files rather than the heap. */
  static PDDocument newDocument() {
    return new PDDocument(IOUtils.createTempFileOnlyStreamCache());
  }
}
