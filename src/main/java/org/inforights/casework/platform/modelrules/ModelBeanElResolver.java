package org.inforights.casework.platform.modelrules;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;
import org.springframework.beans.factory.BeanFactory;

/**
 * Resolves a top-level name in an expression to a Spring bean only when it is a
 * {@link ModelBean}; any other bean's name stays unresolved, and the expression fails as if the name
 * did not exist. The bean is looked up when first used, so the engine can start before the beans do.
 */
final class ModelBeanElResolver extends ELResolver {

  private final BeanFactory beans;
  private final Supplier<Set<String>> names;

  ModelBeanElResolver(BeanFactory beans, Supplier<Set<String>> names) {
    this.beans = beans;
    this.names = names;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base == null && property instanceof String name && names.get().contains(name)) {
      context.setPropertyResolved(true);
      return beans.getBean(name);
    }
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (base == null && property instanceof String name && names.get().contains(name)) {
      throw new PropertyNotWritableException("Cannot set bean " + name + " from a model");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (base == null && property instanceof String name && names.get().contains(name)) {
      context.setPropertyResolved(true);
      return true;
    }
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }
}
