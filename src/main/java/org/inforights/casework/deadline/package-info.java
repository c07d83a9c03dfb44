/**
 * Statutory response deadlines, the working-day arithmetic behind internal targets, and targets in
 * hours for urgent work.
 *
 * <p>The statutory rule (UK GDPR Art 12(3) as amended, ICO guidance): the clock starts on the latest
 * of request, identity evidence, proof of authority and fee being received (the day of receipt counts
 * even if it is not a working day). The due date is the same calendar date one month later, or the
 * last day of that month if it has no such date, plus any days the clock was stopped for
 * clarification, then moved forward to the next working day if it falls on a weekend or an England and
 * Wales bank holiday. An extension makes it three months instead of one.
 *
 * <p>Working-day conventions used throughout (see {@link org.inforights.casework.deadline.WorkingCalendar}):
 * day 1 of a working-day count is the first working day <em>after</em> the start date, as in FOIA
 * counting, and {@code workingDaysBetween(from, to)} counts the working days in {@code (from, to]}.
 * The working day's hours are settings ({@link org.inforights.casework.deadline.WorkingDayProperties}).
 * How a running process sees its deadline is in {@code deadline.process}.
 */
package org.inforights.casework.deadline;
