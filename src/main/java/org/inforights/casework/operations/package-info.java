/**
 * What an operator needs to run the application: metrics for a scraper, health for a load
 * balancer. Counts and states only; never a requester's or child's personal data.
 */
package org.inforights.casework.operations;
