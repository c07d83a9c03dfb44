/**
 * The subject access request: intake (API and Tasklist start form), the process's delegates and
 * listeners, and the law of a child's request kept in the case file beside it — identity and
 * parental responsibility, the child's competence, the search plan, the redaction log with its
 * exemptions by paragraph, health data and serious-harm opinions, intermediaries, extension,
 * withdrawal and the internal review after a complaint.
 */
package org.inforights.casework.sar;
