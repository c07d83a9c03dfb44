package org.inforights.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.inforights.casework.support.Api;
import org.inforights.casework.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI description keeps step with the controllers: every mapping of ours appears in it. */
@ApplicationTest
class OpenApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyRequestMappingOfTheApplicationIsDescribed() throws Exception {
    HttpResponse<String> docs = Api.at(port).get("/v3/api-docs");
    assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
    JsonNode paths = json.readTree(docs.body()).get("paths");

    List<String> ours = new ArrayList<>();
    for (var entry : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      HandlerMethod handler = entry.getValue();
      if (!handler.getBeanType().getPackageName().startsWith("org.inforights.casework")) {
        continue;
      }
      for (String path : info.getPatternValues()) {
        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
          ours.add(method + " " + path);
        }
      }
    }

    assertThat(ours).as("the application's mappings").hasSizeGreaterThanOrEqualTo(15);
    for (String mapping : ours) {
      String method = mapping.substring(0, mapping.indexOf(' ')).toLowerCase();
      String path = mapping.substring(mapping.indexOf(' ') + 1);
      assertThat(paths.has(path)).as("%s is described; described are %s", mapping, paths.fieldNames()).isTrue();
      assertThat(paths.get(path).has(method)).as("%s is described", mapping).isTrue();
    }
  }

  @Test
  void theDescriptionNamesHttpBasicAndIsBrowsable() throws Exception {
    JsonNode docs = json.readTree(Api.at(port).get("/v3/api-docs").body());
    assertThat(docs.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    assertThat(docs.at("/paths/~1api~1sars/post/requestBody").isMissingNode()).isFalse();

    HttpResponse<String> ui = Api.at(port).get("/swagger-ui/index.html", "text/html");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }
}
