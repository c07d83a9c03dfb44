package org.inforights.casework.response;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The printed letters of delivery: the letter that carries a download link's one-time code, when
 * the code goes by post, and the postal pack, a covering letter in front of the approved pack, for
 * a requester who asked for paper. Both are made when asked for and kept nowhere.
 */
@Service
public class ResponseLetters {

  static final String CODE_LETTER = "code-letter.md.mustache";
  static final String POSTAL_COVER_LETTER = "postal-cover-letter.md.mustache";

  private final CaseFileService cases;
  private final ResponsePack pack;
  private final PackTexts texts;
  private final TransactionTemplate transactions;

  ResponseLetters(CaseFileService cases, ResponsePack pack, PackTexts texts, TransactionTemplate transactions) {
    this.cases = cases;
    this.pack = pack;
    this.texts = texts;
    this.transactions = transactions;
  }

  /** The one-page letter that carries a link's one-time code, addressed to the requester. */
  public byte[] codeLetter(String reference, String code, LocalDate availableUntil) {
    Map<String, Object> model = addressee(reference);
    model.put("code", code);
    model.put("availableUntil", ResponsePack.LONG_DATE.format(availableUntil));
    try (PDDocument letter = Redactor.newDocument()) {
      new PackText().write(letter, texts.render(CODE_LETTER, model));
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      letter.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The print-ready postal pack: a covering letter, then the approved pack (a conflict if it changed). */
  public void writePostalPack(String reference, String approvedSha256, LocalDate postedOn, OutputStream out) {
    Map<String, Object> model = addressee(reference);
    model.put("postedOn", ResponsePack.LONG_DATE.format(postedOn));
    try (ResponsePack.PackFile approved = pack.openApproved(reference, approvedSha256);
        PDDocument letter = Redactor.newDocument()) {
      new PackText().write(letter, texts.render(POSTAL_COVER_LETTER, model));
      try (InputStream content = approved.content();
          PDDocument packDocument = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
        new PDFMergerUtility().appendDocument(letter, packDocument);
        letter.save(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> addressee(String reference) {
    return transactions.execute(status -> {
      CaseFile file = cases.get(reference);
      Map<String, Object> model = new HashMap<>();
      model.put("reference", reference);
      model.put("requesterName", file.requester() == null ? "" : file.requester().name());
      model.put("receivedOn", ResponsePack.LONG_DATE.format(file.receivedOn()));
      return model;
    });
  }
}
