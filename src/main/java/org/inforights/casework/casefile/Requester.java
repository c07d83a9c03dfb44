package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The person or organisation asking. Personal data: kept in our table, never in the process. */
@Embeddable
public record Requester(
    @Column(name = "requester_name") String name,
    @Column(name = "requester_email") String email,
    @Enumerated(EnumType.STRING) @Column(name = "requester_relationship") Relationship relationship) {}
