package org.inforights.casework.casefile;

/** An intake's {@code Idempotency-Key} was used before by the same user for a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException(String reference) {
    super("was already used for a different request (case " + reference + "); use a new key for a new request");
  }
}
