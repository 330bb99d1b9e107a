package io.printflow.sandbox.boxreseller;

import org.springframework.http.HttpStatus;

/**
 * An error answer of the sandbox's box reseller: HTTP status, the document's error type (e.g.
 * {@code VALIDATION_ERROR}) and code (e.g. {@code ORD_1105}), and message. The controller wraps it
 * like every answer: {@code {"request": {...}, "response": {"type", "code", "message"}}}; the
 * document does not show an error body, so that shape is our assumption (docs/vendors.md, Box reseller).
 */
final class BoxResellerRefusal extends RuntimeException {

  final HttpStatus status;
  final String type;
  final String code;

  BoxResellerRefusal(HttpStatus status, String type, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.code = code;
  }

  /** A {@code VALIDATION_ERROR} with its ORD code, answered 400. */
  static BoxResellerRefusal invalid(String code, String message) {
    return new BoxResellerRefusal(HttpStatus.BAD_REQUEST, "VALIDATION_ERROR", code, message);
  }
}
