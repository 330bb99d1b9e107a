package io.printflow.starter.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description, served at /v3/api-docs and shown at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(
    title = "printflow starter API",
    version = "v1",
    description = "The shop backend's door to its orders, and the vendors' door for webhooks."
        + " Errors are application/problem+json (RFC 9457) with a stable `type` (urn:printflow:problem:<name>),"
        + " a `detail` for people, and for invalid requests `errors`: the fields at fault, each with what is wrong."))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-API-Key",
    description = "One of the keys configured in printflow.api.keys; the API is open when none are configured")
class OpenApiConfiguration {}
