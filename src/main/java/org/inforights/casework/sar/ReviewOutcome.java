package org.inforights.casework.sar;

import java.util.Map;

/**
 * What the internal review of a SAR's response found (the review task's {@code reviewOutcome}):
 * the review's own vocabulary, which it turns into the paragraphs the outcome letter carries.
 */
enum ReviewOutcome {
  UPHELD,
  PARTLY_UPHELD,
  NOT_UPHELD;

  /** The review task's value; a value the form does not offer is a fault, not a letter without a finding. */
  static ReviewOutcome of(Object value) {
    try {
      return valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not an internal review outcome: " + value, e);
    }
  }

  /** The outcome letter's fields: which of its finding paragraphs it carries. */
  Map<String, Object> letterFields() {
    return Map.of("upheld", this == UPHELD, "partlyUpheld", this == PARTLY_UPHELD, "notUpheld", this == NOT_UPHELD);
  }
}
