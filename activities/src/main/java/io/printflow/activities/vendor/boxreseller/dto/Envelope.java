package io.printflow.activities.vendor.boxreseller.dto;

import com.fasterxml.jackson.databind.JsonNode;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorProfiles;

/**
 * The box reseller's wrapper around every answer: {@code {"request": {...}, "response": ...}}, the
 * request echoed back and the payload. {@link #unwrap} is the one place the payload is taken out.
 */
public record Envelope<T>(RequestEcho request, T response) {

  /** The payload; an answer without one is treated as unreadable, so the call is retried. */
  public T unwrap(String operation) {
    if (response == null) {
      throw VendorFailure.unavailable(new VendorError(VendorProfiles.BOX_RESELLER.id(), operation, 200, null, "answer without a response"), null);
    }
    return response;
  }

  /**
   * The request as the vendor echoes it: {@code uri}, {@code method}, and the parameters under
   * {@code query}, {@code params} or {@code body} (the document uses all three).
   */
  public record RequestEcho(String uri, String method, JsonNode query, JsonNode params, JsonNode body) {}
}
