package org.inforights.casework.platform.modelrules;

import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.beans.factory.BeanFactory;

/**
 * What an expression in a model can see: the process's variables, {@code execution} and
 * {@code task}, and the {@link ModelBean}s; nothing else of the application.
 *
 * <p>It replaces Camunda's Spring expression manager, which resolves every bean of the application
 * context, the engine's services among them ({@code ${identityService…}}). The resolvers are
 * Camunda's own for variables and Java objects, behind {@link ModelExpressionGuard}, which refuses
 * reflection and the way from {@code execution} to the engine's services. Process applications'
 * resolvers and test mocks are left out: this application has neither. Decisions evaluated with
 * JUEL would use the same resolvers; the house rules allow FEEL only.
 */
public class ModelExpressionManager extends JuelExpressionManager {

  private final BeanFactory beans;
  private final Supplier<Set<String>> modelBeans;

  public ModelExpressionManager(BeanFactory beans, Supplier<Set<String>> modelBeans) {
    this.beans = beans;
    this.modelBeans = modelBeans;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new ModelExpressionGuard());
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new ModelBeanElResolver(beans, modelBeans));
    resolver.add(new ArrayELResolver());
    resolver.add(new ListELResolver());
    resolver.add(new MapELResolver());
    resolver.add(new BeanELResolver());
    return resolver;
  }
}
