package org.inforights.casework.casefile;

/** The parts of a case file that are opened separately, each to the groups whose work needs it. */
public enum CasePart {
  IDENTITY_EVIDENCE,
  OTHER_DOCUMENTS,
  NOTES,
  REDACTION_LOG;

  /** The part a document of this kind belongs to. */
  static CasePart of(CaseAttachment.Kind kind) {
    return kind == CaseAttachment.Kind.IDENTITY_EVIDENCE ? IDENTITY_EVIDENCE : OTHER_DOCUMENTS;
  }
}
