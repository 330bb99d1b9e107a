package io.printflow.sandbox;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders vendor errors in the vendor's own shape, and unreadable bodies as a vendor would. */
@RestControllerAdvice
class VendorErrorHandler {

  @ExceptionHandler(VendorError.class)
  ResponseEntity<Map<String, Object>> vendorError(VendorError error) {
    return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(error.body());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException error) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("message", "The request body is not valid JSON."));
  }
}
