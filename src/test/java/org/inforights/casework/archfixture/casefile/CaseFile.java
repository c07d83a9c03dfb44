package org.inforights.casework.archfixture.casefile;

/** A stand-in case file whose change is public: what {@code ArchitectureTest} must catch. */
public class CaseFile {

  private boolean closed;

  public String reference() {
    return "SAR-2026-00001";
  }

  public void close() {
    closed = true;
  }

  public boolean isClosed() {
    return closed;
  }
}
