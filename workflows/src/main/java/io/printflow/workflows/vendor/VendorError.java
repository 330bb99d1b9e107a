package io.printflow.workflows.vendor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The details a vendor failure carries: which vendor, the HTTP status, and the vendor's own error code
 * and message (e.g. {@code ORD_1105}), so an operator reads the vendor's words, not ours.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VendorError(String vendor, String operation, int httpStatus, String code, String message) {

  /** One line for logs, order state and the UI. */
  public String describe() {
    StringBuilder text = new StringBuilder(vendor).append(' ').append(operation);
    if (httpStatus > 0) {
      text.append(": HTTP ").append(httpStatus);
    }
    if (code != null && !code.isBlank()) {
      text.append(' ').append(code);
    }
    if (message != null && !message.isBlank()) {
      text.append(": ").append(message);
    }
    return text.toString();
  }
}
