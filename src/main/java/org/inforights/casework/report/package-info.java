/**
 * What managers and the DPO read: the deadline report of open cases, the compliance report by
 * month, and the morning digest e-mail of tasks due and cases breached. Counts, references and
 * staff ids only; no requester's or child's personal data.
 */
package org.inforights.casework.report;
