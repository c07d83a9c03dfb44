/**
 * A third party's request for children's data: intake, triage and routing by the decision table,
 * the approvals it names, urgent share-now, standing sharing agreements, the council's own lawful
 * basis, the decision letter, withdrawal and the disclosure register (published and internal).
 */
package org.inforights.casework.disclosure;
