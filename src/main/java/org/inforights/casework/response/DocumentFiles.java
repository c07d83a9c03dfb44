package org.inforights.casework.response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inforights.casework.casefile.CaseAttachment;

/**
 * A document's content in a temporary file, so the PDF reader pages through it on demand instead
 * of holding it, and the entity with its bytes can be let go at once.
 */
final class DocumentFiles {

  private DocumentFiles() {}

  static Path copyToTemporaryFile(CaseAttachment document) {
    try {
      Path file = Files.createTempFile("casework-document-", ".bin");
      Files.write(file, document.content());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
