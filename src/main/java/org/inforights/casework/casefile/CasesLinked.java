package org.inforights.casework.casefile;

import java.util.List;

/**
 * A case was found to be about the same child as another: published in the registering
 * transaction so whatever runs the existing case (its process) can flag it.
 *
 * @param reference the existing case
 * @param linkedCases every case it is now linked to, by reference
 */
public record CasesLinked(String reference, List<String> linkedCases) {}
