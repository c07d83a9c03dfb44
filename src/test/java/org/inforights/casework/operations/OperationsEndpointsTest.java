package org.inforights.casework.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.inforights.casework.support.EngineTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
@ExtendWith(EngineTime.class)
class OperationsEndpointsTest {

  static final String PROMETHEUS = "text/plain;version=0.0.4";

  @LocalServerPort int port;
  @Autowired CaseworkMetrics metrics;

  @ParameterizedTest(name = "{0} answers a load balancer without credentials")
  @CsvSource({"/actuator/health/liveness", "/actuator/health/readiness"})
  void aLoadBalancerAsksWithoutCredentialsAndLearnsOnlyUpOrDown(String probe) {
    HttpResponse<String> response = Api.at(port).get(probe);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void readinessNeedsTheDatabaseAndTheEngineAndAnAdministratorSeesThem() {
    HttpResponse<String> response = Api.at(port).as("admin").get("/actuator/health/readiness");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"db\"", "\"processEngine\"", "\"readinessState\"");
  }

  @ParameterizedTest(name = "{1} asking for {0} → {2}")
  @CsvSource({
    "/actuator/prometheus, , 401",
    "/actuator/prometheus, officer, 403",
    "/actuator/prometheus, manager, 403",
    "/actuator/prometheus, admin, 200",
    "/actuator/metrics, , 401",
    "/actuator/metrics, analyst, 403",
    "/actuator/env, admin, 404",
    "/actuator/beans, admin, 404",
    "/actuator/heapdump, admin, 404",
  })
  void onlyAdministratorsReadMetricsAndNothingElseOfTheActuatorIsOpen(String path, String user, int status) {
    Api api = user == null ? Api.at(port) : Api.at(port).as(user);

    assertThat(api.get(path, PROMETHEUS + ", application/json").statusCode()).isEqualTo(status);
  }

  @Test
  void anOperatorSeesOpenCasesByStateBreachesBacklogAndIncidentsButNoPersonalData() {
    EngineTime.today(LocalDate.of(2026, 3, 10));
    metrics.refresh();
    double overdueBefore = gauge(scrape(), "casework_cases_open", "type=\"SAR\",deadline_state=\"OVERDUE\"");

    HttpResponse<String> created =
        Api.at(port).as("officer").post("/api/sars",
            """
            {"receivedOn": "2026-01-05", "channel": "EMAIL",
             "requester": {"name": "Quentin Metricsworth", "email": "quentin@example.org", "relationship": "PARENT"},
             "subject": {"name": "Rosalind Metricsworth", "dateOfBirth": "2014-02-03", "cohort": "CHILD_IN_NEED"},
             "description": "Everything about Rosalind Metricsworth"}
            """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    metrics.refresh();
    String text = scrape();

    assertThat(gauge(text, "casework_cases_open", "type=\"SAR\",deadline_state=\"OVERDUE\""))
        .isEqualTo(overdueBefore + 1);
    assertThat(text)
        .contains(
            "casework_cases_open{application=\"inforights-casework\",deadline_state=\"ON_TRACK\",type=\"DISCLOSURE\"}",
            "casework_breaches_open{application=\"inforights-casework\",type=\"SAR\"}",
            "casework_jobs_due{",
            "casework_jobs_failed{",
            "casework_incidents_open{application=\"inforights-casework\",type=\"failedJob\"}",
            "casework_incidents_open{application=\"inforights-casework\",type=\"statutoryDeadlineBreach\"}")
        .doesNotContain("Metricsworth", "quentin@example.org", "2014-02-03");
  }

  private String scrape() {
    HttpResponse<String> response = Api.at(port).as("admin").get("/actuator/prometheus", PROMETHEUS);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The value of one series: its name and labels in any order around the application's label. */
  private static double gauge(String text, String name, String labels) {
    String[] parts = labels.split(",");
    Matcher value =
        Pattern.compile(
                "(?m)^" + name + "\\{(?=[^}]*" + Pattern.quote(parts[0]) + ")(?=[^}]*" + Pattern.quote(parts[1])
                    + ")[^}]*} (\\S+)$")
            .matcher(text);
    assertThat(value.find()).as("%s{%s} in%n%s", name, labels, text).isTrue();
    return Double.parseDouble(value.group(1));
  }
}
