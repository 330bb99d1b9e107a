package io.printflow.starter.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a caller of {@code /api/**} in only with a configured key in {@code X-API-Key}. Webhooks are
 * authenticated by their signature instead; actuator and the API documentation stay open.
 */
class ApiKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "X-API-Key";
  private static final String WEBHOOKS = "/api/v1/webhooks/";

  private final ApiKeys keys;
  private final ObjectMapper json;

  ApiKeyFilter(ApiKeys keys, ObjectMapper json) {
    this.keys = keys;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return keys.open() || !path.startsWith("/api/") || path.startsWith(WEBHOOKS);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String presented = request.getHeader(HEADER);
    if (presented == null || presented.isBlank()) {
      ApiProblems.write(response, json, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
          "the " + HEADER + " header is required"));
      return;
    }
    if (!keys.accepts(presented)) {
      ApiProblems.write(response, json, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
          "the " + HEADER + " header does not hold a valid API key"));
      return;
    }
    chain.doFilter(request, response);
  }
}
