package io.printflow.sandbox;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A vendor's error answer: its status and its body, in that vendor's own shape. */
public class VendorError extends RuntimeException {

  private final HttpStatus status;
  private final Map<String, Object> body;

  public VendorError(HttpStatus status, Map<String, Object> body) {
    super(status + " " + body, null, false, false);
    this.status = status;
    this.body = body;
  }

  public HttpStatus status() {
    return status;
  }

  public Map<String, Object> body() {
    return body;
  }
}
