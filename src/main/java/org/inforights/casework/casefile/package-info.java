/**
 * The case file: who asks, about which child or children, the deadline and its clock, the audit
 * trail, notes, documents and letters; the one home of a case's personal data (the processes hold
 * only its reference).
 *
 * <p>A module with an API (docs/decisions.md, "The case file is a module"): other features change a
 * case through {@link org.inforights.casework.casefile.CaseFileService}, read it through
 * {@link org.inforights.casework.casefile.CaseFileQueries} and the entity's getters, open one with a
 * {@link org.inforights.casework.casefile.NewSar} or
 * {@link org.inforights.casework.casefile.NewDisclosure}, and name audit entries with
 * {@link org.inforights.casework.casefile.AuditAction}. The entity's changes and the repositories
 * are the module's own; {@code ArchitectureTest} keeps them so.
 */
package org.inforights.casework.casefile;
