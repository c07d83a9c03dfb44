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
 * ground: no authority to act for the child, or the manager's ground (manifestly unfounded,
 * manifestly excessive, exempt in full). The model reads it as {@code ${refusalReasons.of(execution)}}.
 */
@ModelBean("refusalReasons")
public class RefusalReasons {

  /**
   * The requester may not act for the child. Worded so that it never says why: whether the child was
   * asked, or what the child said, is the child's own personal data, and telling the requester would
   * disclose it to someone the child has not authorised (UK GDPR Art 5(1)(a), Art 6).
   */
  static final String NO_AUTHORITY_TO_ACT_FOR_CHILD = "NO_AUTHORITY_TO_ACT_FOR_CHILD";

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
        CompetenceOutcome.endsTheRequest(execution.getVariable(SarProcess.COMPETENCE_OUTCOME))
            ? NO_AUTHORITY_TO_ACT_FOR_CHILD
            : (String) execution.getVariable(SarProcess.REFUSAL_GROUND);
    String text = ground == null ? null : reasons.getProperty(ground);
    if (text == null) {
      throw new IllegalStateException("No refusal reasons for ground " + ground);
    }
    return text;
  }

  /** Whether a manager's ground has reasons to give. */
  boolean knows(Object ground) {
    return ground != null && !NO_AUTHORITY_TO_ACT_FOR_CHILD.equals(ground) && reasons.containsKey(ground.toString());
  }
}
