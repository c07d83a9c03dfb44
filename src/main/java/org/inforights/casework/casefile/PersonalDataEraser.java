package org.inforights.casework.casefile;

/**
 * One feature's part in erasing a closed case's personal data once its retention period is over.
 * Every feature that keeps personal data about a case in a table of its own (notes, documents, a
 * redaction log, a disclosure's decision record) provides one as a Spring bean; {@link
 * CaseRetention} finds them all and calls each in the one transaction that erases the case.
 *
 * <p>What stays: the reference, the type, dates, outcome, deadline facts and codes, so that the
 * statistics and compliance reports still count the case. What goes: names, contact details,
 * descriptions, free text, documents.
 */
public interface PersonalDataEraser {

  /** What a required text column holds once its personal data is erased. */
  String ERASED_TEXT = "(erased)";

  /**
   * Whether the case may be erased now. A feature holds it back while it still needs the data,
   * e.g. while a process about it still runs; the next sweep asks again.
   */
  default boolean mayErase(CaseFile closedCase) {
    return true;
  }

  /**
   * Erases what this feature keeps about the case. Runs inside the erasure's transaction: a
   * failure rolls back every feature's erasure of this case, which is tried again next time.
   */
  void erase(CaseFile closedCase);
}
