package org.inforights.casework.platform.modelrules;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.BeanFactory;

/**
 * The first resolver of every expression the engine evaluates: it resolves nothing, and refuses a
 * property or method that leads to Java reflection ({@code getClass}, {@code forName},
 * {@code class}, …, {@link ModelRules#REFUSED_WORDS}) or to the engine itself
 * ({@code execution.processEngineServices}), and any use of an object of such a kind (a
 * {@link Class}, a class loader, a reflective member, the engine, one of its services, the Spring
 * context), however the expression reached it.
 *
 * <p>The house rules refuse such an expression when it is deployed; this guard is the second line,
 * for whatever the text rules miss (a name built at run time, {@code x['getClass']()}).
 */
final class ModelExpressionGuard extends ELResolver {

  private static final Set<Class<?>> REFUSED_TYPES = refusedTypes();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    check(base, property);
    return null;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    check(base, method);
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    check(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    check(base, property);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }

  private static void check(Object base, Object name) {
    if (base == null) {
      return;
    }
    if (name instanceof String word && ModelRules.REFUSED_WORDS.contains(word)) {
      throw refused("." + word);
    }
    for (Class<?> type : REFUSED_TYPES) {
      if (type.isInstance(base)) {
        throw refused(" on a " + type.getSimpleName());
      }
    }
    String packageName = base.getClass().getPackageName();
    if (packageName.startsWith("java.lang.reflect") || packageName.startsWith("java.lang.invoke")) {
      throw refused(" on a " + base.getClass().getSimpleName());
    }
  }

  private static ProcessEngineException refused(String what) {
    return new ProcessEngineException(
        "Expression refused: " + what.strip() + " is out of models' reach (no reflection, no engine services)");
  }

  private static Set<Class<?>> refusedTypes() {
    Set<Class<?>> types =
        new HashSet<>(
            Set.of(
                Class.class, ClassLoader.class, Module.class, Thread.class, Runtime.class,
                ProcessBuilder.class, ProcessEngineServices.class, ProcessEngineConfiguration.class,
                CommandContext.class, BeanFactory.class));
    for (Method method : ProcessEngineServices.class.getMethods()) {
      if (method.getReturnType().isInterface()) {
        types.add(method.getReturnType());
      }
    }
    return Set.copyOf(types);
  }
}
