package org.inforights.casework.casefile;

import java.time.Instant;

/** A document kept with a case, without its content: what lists and the case view show. */
public record DocumentSummary(
    long id,
    CaseAttachment.Kind kind,
    String fileName,
    String contentType,
    long sizeBytes,
    String uploadedBy,
    Instant uploadedAt) {

  static DocumentSummary of(CaseAttachment attachment) {
    return new DocumentSummary(
        attachment.id(),
        attachment.kind(),
        attachment.fileName(),
        attachment.contentType(),
        attachment.sizeBytes(),
        attachment.uploadedBy(),
        attachment.uploadedAt());
  }
}
