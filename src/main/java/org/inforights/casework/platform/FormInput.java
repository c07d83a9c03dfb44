package org.inforights.casework.platform;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form value refused on the server. Camunda's REST API (and so Tasklist) answers this exception
 * with a 400 whose message the officer sees, and the task or start form stays as it was.
 */
public final class FormInput {

  private FormInput() {}

  public static FormFieldValidationException rejected(String message) {
    return new FormFieldValidationException(null, message);
  }
}
