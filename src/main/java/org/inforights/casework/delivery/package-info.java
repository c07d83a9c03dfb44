/**
 * Getting an approved response to the requester: the manager's approval of one exact response pack
 * (its hash), withdrawn when anything in the pack changes after it; the secure link and the code
 * sent apart from it, the public download page with its own narrow security, and the postal pack.
 * Only hashes of links and codes are stored; every download is on the case's audit trail.
 */
package org.inforights.casework.delivery;
