package org.inforights.casework.deadline;

import java.time.LocalDate;

/** A computed date and the one line that explains it to an officer. */
public record Deadline(LocalDate dueOn, String explanation) {}
