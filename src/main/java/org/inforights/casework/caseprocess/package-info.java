/**
 * What the processes of every case type share: closing a case, the reminder and breach steps of the
 * deadline ladder, stopping the clock to ask the requester and resuming it, the messages a case's
 * process is sent, and the lists and form values the models read.
 */
package org.inforights.casework.caseprocess;
