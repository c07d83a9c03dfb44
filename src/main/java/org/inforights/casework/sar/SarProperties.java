package org.inforights.casework.sar;

import org.inforights.casework.caseprocess.ProcessLists;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the council runs its subject access requests ({@code casework.sar.*}).
 *
 * @param recordsSystems the records systems searched for every request, one task each
 * @param searchWorkingDays the internal target for each search, in working days from registration
 * @param reviewWorkingDays the target for an internal review of a complaint, in working days
 */
@ConfigurationProperties("casework.sar")
record SarProperties(
    @DefaultValue({
          "Children's social care case management",
          "Early help",
          "Education and SEND",
          "Youth justice"
        })
        List<String> recordsSystems,
    @DefaultValue("10") int searchWorkingDays,
    @DefaultValue("20") int reviewWorkingDays) {

  SarProperties {
    // the process keeps them as text: a name with a semicolon would become two systems
    ProcessLists.join(recordsSystems);
  }
}
