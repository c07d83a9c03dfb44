package org.inforights.casework.casefile;

import java.time.LocalDate;

/** One clock stop of a case of {@code type}: asked on, answered on (null while it lasts). */
public record ClockStopFigures(CaseType type, LocalDate askedOn, LocalDate receivedOn) {}
