package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The child the request is about. Personal data: kept in our table, never in the process. */
@Embeddable
public record Subject(
    @Column(name = "subject_name") String name,
    @Column(name = "subject_date_of_birth") LocalDate dateOfBirth,
    @Enumerated(EnumType.STRING) @Column(name = "subject_cohort") Cohort cohort) {}
