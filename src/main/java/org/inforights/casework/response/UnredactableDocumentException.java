package org.inforights.casework.response;

/**
 * A document the server cannot redact: malformed, password-protected, or of a type whose pages it
 * cannot draw. The message names the document and says what to do; nothing is saved.
 */
class UnredactableDocumentException extends RuntimeException {

  UnredactableDocumentException(String message) {
    super(message);
  }
}
