package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Another case about the same child, and when the link was found. */
@Embeddable
record CaseLink(
    @Column(name = "linked_reference", nullable = false) String linkedReference,
    @Column(name = "linked_at", nullable = false) Instant linkedAt) {}
