package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A child a disclosure request names. Personal data: kept in our table, never in the process; used
 * to find other cases about the same child.
 */
@Embeddable
public record Child(
    @Column(name = "name", nullable = false) String name,
    @Column(name = "date_of_birth", nullable = false) LocalDate dateOfBirth) {}
