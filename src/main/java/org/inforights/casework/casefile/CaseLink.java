package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** Another case about the same child, when the link was found, and why. */
@Embeddable
record CaseLink(
    @Column(name = "linked_reference", nullable = false) String linkedReference,
    @Column(name = "linked_at", nullable = false) Instant linkedAt,
    @Enumerated(EnumType.STRING) @Column(name = "reason", nullable = false) LinkReason reason) {}
