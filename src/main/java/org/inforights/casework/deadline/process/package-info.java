/**
 * The statutory deadline as a running process sees it: the variables its timers and due dates
 * read, kept in step with the case file when the deadline moves; task follow-up dates; the breach
 * incident raised when a case passes its deadline. Nothing here decides a deadline: that is
 * {@code deadline}'s statutory clock.
 */
package org.inforights.casework.deadline.process;
