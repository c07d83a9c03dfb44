package org.inforights.casework.platform.modelrules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the enum whose constants are every value a process's gateways may compare a variable
 * with, and its forms may offer for it: the contract between the model, its forms and the Java that
 * reads the variable. The build's model check ({@code ProcessContractTest}) fails on a gateway
 * condition or a form option naming a value the enum does not have, and on a compared variable no
 * enum declares, so a value misspelt or added in one place only never reaches a running case.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GatewayValues {

  /** The process's key ({@code bpmn:process id}). */
  String process();

  /** The process variable the gateways compare. */
  String variable();

  /**
   * Values no form offers any more but cases started on an older model may still carry, which the
   * current model still handles (e.g. a refusal recorded before the outcome was renamed).
   */
  String[] legacy() default {};
}
