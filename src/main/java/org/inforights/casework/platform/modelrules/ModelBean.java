package org.inforights.casework.platform.modelrules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * A Spring bean that process models may name in their expressions: a delegate
 * ({@code camunda:delegateExpression="${sendLetter}"}) or a helper ({@code ${processLists.split(…)}}).
 *
 * <p>Only these beans are visible to expressions ({@link ModelExpressionManager}), and the house
 * rules refuse a deployment whose expressions name any other bean ({@link ModelRules}). A new
 * delegate is allowed by being written with this annotation; every other bean of the application
 * (the engine's services, repositories, the mail sender) stays out of the models' reach.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface ModelBean {

  /** The bean's name, as models write it between {@code ${ }}. */
  @AliasFor(annotation = Component.class)
  String value();
}
