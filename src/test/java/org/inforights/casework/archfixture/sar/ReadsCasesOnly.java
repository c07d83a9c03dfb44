package org.inforights.casework.archfixture.sar;

import org.inforights.casework.archfixture.casefile.CaseFile;

/** Keeps to the rules: reads a case file it was handed and changes nothing. */
public class ReadsCasesOnly {

  public String describe(CaseFile file) {
    return file.reference() + (file.isClosed() ? " (closed)" : "");
  }
}
