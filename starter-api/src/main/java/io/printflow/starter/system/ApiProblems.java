package io.printflow.starter.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.printflow.starter.order.FieldProblem;
import io.printflow.starter.order.InvalidOrderException;
import io.printflow.starter.order.OrderConflictException;
import io.printflow.starter.order.OrderNotFoundException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as {@code application/problem+json} (RFC 9457) with a stable type and a message that
 * names what is wrong. Never an exception's class or text: those describe our code, not the request.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  /** Builds a problem of one of the API's stable types. */
  public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:printflow:problem:" + type));
    problem.setTitle(title);
    return problem;
  }

  @ExceptionHandler(InvalidOrderException.class)
  ProblemDetail invalidOrder(InvalidOrderException invalid) {
    return withErrors(problem(HttpStatus.BAD_REQUEST, "invalid-order", "Invalid order", summary(invalid.problems())), invalid.problems());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
    FieldProblem problem = describe(unreadable.getCause());
    return withErrors(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", summary(List.of(problem))), List.of(problem));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException unsupported) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
        "send the body as application/json" + (unsupported.getContentType() == null ? "" : ", not " + unsupported.getContentType()));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException notAcceptable) {
    return problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable", "this API answers application/json");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException unsupported) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
        unsupported.getMethod() + " is not allowed here; allowed: " + unsupported.getSupportedHttpMethods());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noResource(NoResourceFoundException missing) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "no such resource: /" + missing.getResourcePath());
  }

  @ExceptionHandler(OrderNotFoundException.class)
  ProblemDetail notFound(OrderNotFoundException missing) {
    return problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", missing.getMessage());
  }

  @ExceptionHandler(OrderConflictException.class)
  ProblemDetail conflict(OrderConflictException conflict) {
    return problem(HttpStatus.CONFLICT, "order-reference-taken", "Order reference taken",
        conflict.getMessage() + "; an order reference names one order, and a changed order needs a new reference");
  }

  @ExceptionHandler(StatusRuntimeException.class)
  ProblemDetail temporal(StatusRuntimeException failure) {
    Status.Code code = failure.getStatus().getCode();
    if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
      log.warn("Temporal unavailable: {}", code);
      return problem(HttpStatus.SERVICE_UNAVAILABLE, "temporal-unavailable", "Temporal unavailable",
          "the order service cannot reach Temporal right now; nothing was changed, try again");
    }
    log.error("Temporal call failed", failure);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error", "the request failed; see the service's log");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception failure) {
    log.error("request failed", failure);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error", "the request failed; see the service's log");
  }

  /** Names the field and what is wrong with it, from Jackson's account of a body it could not read. */
  static FieldProblem describe(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return new FieldProblem(path(unknown), "unknown field '" + unknown.getPropertyName() + "'");
    }
    if (cause instanceof InvalidFormatException format) {
      return new FieldProblem(path(format), "'" + format.getValue() + "' is not a valid " + typeName(format.getTargetType()));
    }
    if (cause instanceof MismatchedInputException mismatch) {
      String message = mismatch.getOriginalMessage();
      if (message != null && message.contains("Duplicate field")) {
        return new FieldProblem(path(mismatch), "a field appears twice");
      }
      if (message != null && message.contains("Trailing token")) {
        return new FieldProblem("", "unexpected content after the JSON document");
      }
      if (message != null && message.contains("null") && mismatch.getTargetType() != null && mismatch.getTargetType().isPrimitive()) {
        return new FieldProblem(path(mismatch), "must be a " + typeName(mismatch.getTargetType()) + ", not null");
      }
      return new FieldProblem(path(mismatch), "wrong type: expected " + typeName(mismatch.getTargetType()));
    }
    if (cause instanceof JsonParseException parse) {
      String message = parse.getOriginalMessage();
      if (message != null && message.startsWith("Duplicate field")) {
        return new FieldProblem("", "a field appears twice: " + message.substring("Duplicate field".length()).trim());
      }
      return new FieldProblem("", "not valid JSON (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")");
    }
    if (cause instanceof JsonMappingException mapping) {
      return new FieldProblem(path(mapping), "cannot be read: " + firstLine(mapping.getOriginalMessage()));
    }
    return new FieldProblem("", "the body is missing or not valid JSON");
  }

  private static String path(JsonMappingException failure) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : failure.getPath()) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      }
    }
    return path.toString();
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "whole number";
    }
    if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
      return "number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean (true or false)";
    }
    if (type == String.class) {
      return "string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "array";
    }
    if (type.isEnum()) {
      return "one of " + List.of(type.getEnumConstants());
    }
    return "object";
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "invalid value";
    }
    int newline = text.indexOf('\n');
    String line = newline < 0 ? text : text.substring(0, newline);
    // Jackson quotes our class names; keep the reader's part.
    return line.replaceAll("`[a-zA-Z0-9_.$]+`", "value");
  }

  private static String summary(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> p.field().isEmpty() ? p.message() : p.field() + ": " + p.message())
        .collect(Collectors.joining("; "));
  }

  private static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> problems) {
    problem.setProperty("errors", problems);
    return problem;
  }
}
