package org.inforights.casework.archfixture.casefile;

/** A stand-in for the module's repository, which other features must not reach. */
public interface CaseFileRepository {

  CaseFile findByReference(String reference);
}
