package org.inforights.casework.sar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.core.io.ClassPathResource;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * The reasons a refusal notice gives, worded in {@code letters/refusal-reasons.properties} by
 * ground: a competent child's refusal of consent, or the manager's ground (manifestly unfounded,
 * manifestly excessive, exempt in full). The model reads it as {@code ${refusalReasons.of(execution)}}.
 */
@ModelBean("refusalReasons")
public class RefusalReasons {

  static final String CHILD_REFUSED_CONSENT = "CHILD_REFUSED_CONSENT";

  private final Properties reasons = new Properties();

  RefusalReasons() {
    try (Reader in =
        new InputStreamReader(
            new ClassPathResource("letters/refusal-reasons.properties").getInputStream(),
            StandardCharsets.UTF_8)) {
      reasons.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read letters/refusal-reasons.properties", e);
    }
  }

  /** The reasons for this process's refusal; a refusal without a known ground is refused. */
  public String of(DelegateExecution execution) {
    String ground =
        "CHILD_REFUSES".equals(execution.getVariable(SarProcess.COMPETENCE_OUTCOME))
            ? CHILD_REFUSED_CONSENT
            : (String) execution.getVariable(SarProcess.REFUSAL_GROUND);
    String text = ground == null ? null : reasons.getProperty(ground);
    if (text == null) {
      throw new IllegalStateException("No refusal reasons for ground " + ground);
    }
    return text;
  }

  /** Whether a manager's ground has reasons to give. */
  boolean knows(Object ground) {
    return ground != null && !CHILD_REFUSED_CONSENT.equals(ground) && reasons.containsKey(ground.toString());
  }
}
