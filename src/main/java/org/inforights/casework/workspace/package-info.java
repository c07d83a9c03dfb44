/**
 * The case workspace: everything a step of the casework needs, inside Tasklist. Finding a case,
 * the task's case with the parts the caller's role may see, and the Tasklist plugins that show
 * them. Personal data is read from the case file through the application, never copied into the
 * process; every view of it is recorded on the case's access log.
 */
package org.inforights.casework.workspace;
