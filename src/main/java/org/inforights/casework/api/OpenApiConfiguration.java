package org.inforights.casework.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of {@code /api} other systems build against: generated from the controllers
 * (so it cannot drift from them; OpenApiTest checks every mapping appears), served at
 * {@code /v3/api-docs} and browsable at {@code /swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BASIC = "basic";

  @Bean
  OpenAPI caseworkApi() {
    return new OpenAPI()
        .info(new Info()
            .title("InfoRights Casework API")
            .version("1")
            .description("Subject access requests and disclosure approvals for children's services."
                + " HTTP Basic as a Casework user; errors are RFC 9457 problem documents."))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
