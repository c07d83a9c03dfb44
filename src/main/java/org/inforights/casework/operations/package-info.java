/**
 * What an operator needs to run the application: metrics for a scraper, health for a load
 * balancer, the nightly retention sweep and the engine history it erases with each case (and keeps
 * from Camunda's own history cleanup until then). Counts and states only; never a requester's or
 * child's personal data.
 */
package org.inforights.casework.operations;
