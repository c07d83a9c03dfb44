package org.inforights.casework.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with an in-memory database, the demo users, the job
 * executor off and letters to an in-process SMTP server on port 3025 (tests that send start one).
 *
 * <p>Every test of the running application uses exactly this configuration, so they share one
 * Spring context and one engine: Camunda's REST API finds its engine by name in a JVM-wide
 * registry, and a second context's engine of the same name would answer the first one's requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
public @interface ApplicationTest {}
