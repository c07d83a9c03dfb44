package org.inforights.casework.casefile;

/**
 * Something a case's response is made from changed: a document added or replaced, a line of the
 * redaction log recorded, a redaction mark drawn or removed. Published in the transaction that
 * made the change, so that an approval of the response that no longer matches can be withdrawn
 * once it is committed. {@code what} says what changed, without personal data.
 */
public record CaseContentChanged(String reference, String what) {}
