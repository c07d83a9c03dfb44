/**
 * The response pack of a subject access request: documents redacted by marks an officer draws
 * (each resting on a line of the redaction log), the redacted copies, and the pack itself — cover
 * letter, the Art 15 information, the schedule of exemptions and the stamped, numbered pages —
 * built from the case file each time it is asked for, so what is approved is what is sent.
 */
package org.inforights.casework.response;
