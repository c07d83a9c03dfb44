package org.inforights.casework.platform.modelrules;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The names of the beans models may use: the classes marked {@link ModelBean} in the application's
 * packages, found on the class path as Spring's component scan finds them. The build's model check
 * and the running engine ask the same question here, so they allow the same names.
 */
public final class ModelBeans {

  static final String APPLICATION_PACKAGE = "org.inforights.casework";

  private static volatile Set<String> names;

  private ModelBeans() {}

  /** The model beans' names, scanned once. */
  public static Set<String> names() {
    Set<String> found = names;
    if (found == null) {
      found = scan();
      names = found;
    }
    return found;
  }

  private static Set<String> scan() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    // the application's own class loader, whichever thread asks first (a job executor's, in a jar)
    scanner.setResourceLoader(new PathMatchingResourcePatternResolver(ModelBeans.class.getClassLoader()));
    scanner.addIncludeFilter(new AnnotationTypeFilter(ModelBean.class));
    Set<String> found = new TreeSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(APPLICATION_PACKAGE)) {
      if (candidate instanceof AnnotatedBeanDefinition annotated) {
        Object name = annotated.getMetadata().getAnnotationAttributes(ModelBean.class.getName()).get("value");
        found.add((String) name);
      }
    }
    return Set.copyOf(found);
  }
}
