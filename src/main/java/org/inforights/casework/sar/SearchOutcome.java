package org.inforights.casework.sar;

/** What one search of one place found. */
public enum SearchOutcome {
  /** Records about the subject were found there. */
  FOUND,
  /** The place was searched and holds nothing about the subject. */
  NOTHING_FOUND
}
