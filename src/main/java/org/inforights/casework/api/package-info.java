/**
 * What every REST endpoint of the application shares: problem documents (RFC 9457) for bad input
 * naming the field, the body size limit, CSV output, and the OpenAPI description.
 */
package org.inforights.casework.api;
