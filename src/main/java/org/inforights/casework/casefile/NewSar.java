package org.inforights.casework.casefile;

import java.time.LocalDate;

/**
 * What intake knows about a new subject access request: the child it is about is its subject, and
 * its deadline the statutory month. A null received date means today.
 */
public record NewSar(
    LocalDate receivedOn, String channel, Requester requester, Subject subject, String description) {}
