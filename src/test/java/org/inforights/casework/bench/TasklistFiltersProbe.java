package org.inforights.casework.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.inforights.casework.support.Api;

/**
 * Tasklist's shared filters with many open cases, as a case worker meets them: for each filter, its
 * count (the number beside it in Tasklist's list of filters) and its first page of 15 tasks, sorted
 * as the filter sorts them, as the officer, with authorization on.
 *
 * <p>Three ways of asking, to tell apart what costs what:
 * <ul>
 *   <li><b>Tasklist</b>: Camunda's REST API over HTTP, as Tasklist's page asks it: {@code GET
 *       /engine-rest/filter/{id}/count} and {@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15}
 *       asking for HAL as Tasklist does; the application's REST API answered plain JSON (the log line
 *       "first page: … as JSON" says which), so the figures do not include HAL's embedded lookups
 *       (each task's process definition, assignee and candidate groups);
 *   <li><b>engine</b>: the same filter through the application's engine in this JVM ({@link
 *       FilterService#count(String)}, {@link FilterService#listPage(String, int, int)});
 *   <li><b>floor</b>: the same filter, copied criteria for criteria, on the floor engine as the
 *       application configures it ({@link FloorEngine#startAsConfigured}: authorization on, candidate
 *       groups and due dates) with as many open cases, as a member of its officers' group. The bare
 *       floor's tasks have no candidate group, so a filter of "my groups' tasks" finds none there.
 * </ul>
 */
final class TasklistFiltersProbe {

  /** Tasklist's page size. */
  static final int PAGE = 15;

  /** The 50th and 95th percentiles of one measured call, in milliseconds. */
  record Latency(double medianMs, double p95Ms) {}

  /** One filter: the tasks it counts and lists for the officer (and on the floor), and how long each way of asking took. */
  record FilterFigures(
      String filter,
      long tasks,
      int firstPageRows,
      long floorTasks,
      Latency tasklistCount,
      Latency tasklistFirstPage,
      Latency engineCount,
      Latency engineFirstPage,
      Latency floorCount,
      Latency floorFirstPage) {}

  /** The figures of every shared filter, with the number of open cases on each side. */
  record Filters(int openCases, int floorOpenCases, List<FilterFigures> filters) {}

  private TasklistFiltersProbe() {}

  static Filters measure(BenchApplication app, FloorEngine floor, int openCases, int floorOpenCases, int warmup, int samples) {
    ProcessEngine engine = app.engine();
    List<Filter> shared = engine.getFilterService().createTaskFilterQuery().orderByFilterId().asc().list();
    if (shared.isEmpty()) {
      throw new IllegalStateException("The application has no shared Tasklist filters");
    }
    ProcessEngine floorEngine = floor.engine();
    grantFloorOfficersTheFilters(floorEngine.getAuthorizationService());
    Api officer = Api.at(app.port()).as("officer");
    List<String> officersGroups = app.groupsOf("officer");
    List<FilterFigures> figures = new ArrayList<>();
    // the engine by its name: the benchmark's application names it uniquely, so there is no "default"
    String rest = "/engine-rest/engine/" + engine.getName() + "/filter/";
    for (Filter filter : shared) {
      String id = filter.getId();
      String floorId = copy(floorEngine.getFilterService(), filter);
      String sorting = sorting(filter);
      Benchmark.log("Tasklist filter \"" + filter.getName() + "\" (" + sorting + ")");

      String listPath = rest + id + "/list?firstResult=0&maxResults=" + PAGE;
      String listBody = "{\"sorting\": " + sorting + "}";
      Latency tasklistCount = time(warmup, samples, () -> ok(officer.get(rest + id + "/count")));
      Latency tasklistPage = time(warmup, samples, () -> ok(officer.post(listPath, listBody, "Accept", "application/hal+json")));
      JsonNode counted = json(ok(officer.get(rest + id + "/count")));
      JsonNode page = json(ok(officer.post(listPath, listBody, "Accept", "application/hal+json")));

      FilterService filters = engine.getFilterService();
      IdentityService identity = engine.getIdentityService();
      Latency engineCount = time(warmup, samples, as(identity, "officer", officersGroups, () -> filters.count(id)));
      Latency enginePage = time(warmup, samples, as(identity, "officer", officersGroups, () -> filters.listPage(id, 0, PAGE)));
      long engineCounted = as(identity, "officer", officersGroups, () -> filters.count(id)).get();
      if (engineCounted != counted.path("count").asLong()) {
        throw new IllegalStateException("Filter " + filter.getName() + ": the REST API counted " + counted
            + ", the engine " + engineCounted);
      }

      FilterService floorFilters = floorEngine.getFilterService();
      IdentityService floorIdentity = floorEngine.getIdentityService();
      List<String> floorGroups = List.of(FloorEngine.OFFICERS);
      Latency floorCount = time(warmup, samples, as(floorIdentity, "floor-officer", floorGroups, () -> floorFilters.count(floorId)));
      Latency floorPage = time(warmup, samples,
          as(floorIdentity, "floor-officer", floorGroups, () -> floorFilters.listPage(floorId, 0, PAGE)));
      long floorCounted = as(floorIdentity, "floor-officer", floorGroups, () -> floorFilters.count(floorId)).get();

      // HAL carries the page in _embedded.task; plain JSON is the list itself
      JsonNode tasks = page.isArray() ? page : page.path("_embedded").path("task");
      Benchmark.log("  first page: " + tasks.size() + " tasks, as " + (page.isArray() ? "JSON" : "HAL, embedding "
          + page.path("_embedded").properties().stream().map(java.util.Map.Entry::getKey).toList()));
      figures.add(new FilterFigures(filter.getName(), counted.path("count").asLong(), tasks.size(),
          floorCounted, tasklistCount, tasklistPage, engineCount, enginePage, floorCount, floorPage));
    }
    return new Filters(openCases, floorOpenCases, figures);
  }

  /** The filter's own ordering, as Tasklist sends it with its list request (e.g. due date ascending). */
  static String sorting(Filter filter) {
    org.camunda.bpm.engine.impl.TaskQueryImpl query = filter.getQuery();
    List<String> orderings = new ArrayList<>();
    for (org.camunda.bpm.engine.impl.QueryOrderingProperty ordering : query.getOrderingProperties()) {
      String property = ordering.getQueryProperty().getName();
      String sortBy =
          switch (property) {
            case "DUE_DATE_" -> "dueDate";
            case "FOLLOW_UP_DATE_" -> "followUpDate";
            case "PRIORITY_" -> "priority";
            case "CREATE_TIME_" -> "created";
            case "NAME_" -> "name";
            default -> throw new IllegalStateException("A filter sorts by " + property + ": teach the probe its REST name");
          };
      String order = ordering.getDirection() == org.camunda.bpm.engine.impl.Direction.DESCENDING ? "desc" : "asc";
      orderings.add("{\"sortBy\": \"" + sortBy + "\", \"sortOrder\": \"" + order + "\"}");
    }
    return orderings.toString();
  }

  /** The same criteria and ordering as a filter of the floor engine; its id there. */
  private static String copy(FilterService floor, Filter filter) {
    Filter copy = floor.newTaskFilter(filter.getName()).setQuery(filter.getQuery()).setProperties(filter.getProperties());
    return floor.saveFilter(copy).getId();
  }

  /** The floor's officers read every filter, as the application grants its case workers. */
  private static void grantFloorOfficersTheFilters(AuthorizationService authorizations) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(FloorEngine.OFFICERS);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(Authorization.ANY);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  private static <T> Supplier<T> as(IdentityService identity, String user, List<String> groups, Supplier<T> call) {
    return () -> {
      identity.setAuthentication(user, groups);
      try {
        return call.get();
      } finally {
        identity.clearAuthentication();
      }
    };
  }

  private static Latency time(int warmup, int samples, Supplier<?> call) {
    for (int i = 0; i < warmup; i++) {
      call.get();
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      call.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Latency(Benchmark.percentile(millis, 50), Benchmark.percentile(millis, 95));
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return new ObjectMapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
