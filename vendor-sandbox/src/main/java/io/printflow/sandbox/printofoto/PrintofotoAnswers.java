package io.printflow.sandbox.printofoto;

import io.printflow.sandbox.VendorError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Printofoto's error answers. The document lists the codes and their meaning but no body; the
 * sandbox answers {@code {"status": "400", "error": <the document's meaning>, "message": <which
 * parameter and why>}} (an assumption, see docs/vendors.md, Printofoto).
 */
final class PrintofotoAnswers {

  private PrintofotoAnswers() {}

  /** 400: a parameter is invalid or missing; the message names it first. */
  static VendorError badInput(String field, String why) {
    return error(HttpStatus.BAD_REQUEST, "Bad or missing input parameter", field + ": " + why);
  }

  /** 403: the request is not valid for the resource in its current state. */
  static VendorError forbidden(String why) {
    return error(HttpStatus.FORBIDDEN, "Forbidden", "Forbidden. The request is not valid for the resource in its current state: " + why);
  }

  static VendorError notFound(String resource, long id) {
    return error(HttpStatus.NOT_FOUND, "Resource not found", resource + " with the specified id " + id + " was not found");
  }

  /** 401: not in the document, which says only that every request carries both headers. */
  static VendorError unauthorized() {
    return error(HttpStatus.UNAUTHORIZED, "Unauthorized", "the api_key and api_secret headers are missing or wrong");
  }

  private static VendorError error(HttpStatus status, String error, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", String.valueOf(status.value()));
    body.put("error", error);
    body.put("message", message);
    return new VendorError(status, body);
  }
}
