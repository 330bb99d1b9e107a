package io.printflow.starter.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowServiceException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
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
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

  /** Builds a problem of one of the API's stable types. */
  public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    return ApiException.problem(status, type, title, detail);
  }

  /** Answers with a problem from outside Spring MVC (a servlet filter). */
  static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  static ProblemDetail tooLarge(long maxBytes) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Body too large",
        "the request body is larger than " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB");
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException refused) {
    return ResponseEntity.status(refused.getStatusCode()).headers(refused.getHeaders()).body(refused.getBody());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
    Optional<BodySizeFilter.BodyTooLargeException> tooLarge = causeOf(unreadable, BodySizeFilter.BodyTooLargeException.class);
    if (tooLarge.isPresent()) {
      return tooLarge(tooLarge.get().maxBytes);
    }
    FieldProblem problem = unreadable.getCause() == null && String.valueOf(unreadable.getMessage()).startsWith("Required request body is missing")
        ? new FieldProblem("", "a JSON body is required")
        : describe(unreadable.getCause());
    ProblemDetail detail = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", ApiException.summary(List.of(problem)));
    detail.setProperty("errors", List.of(problem));
    return detail;
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException unsupported) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
        "send the body as application/json" + (unsupported.getContentType() == null ? " (no Content-Type was given)" : ", not " + unsupported.getContentType()));
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

  @ExceptionHandler(StatusRuntimeException.class)
  ProblemDetail temporal(StatusRuntimeException failure) {
    return temporalFailure(failure.getStatus().getCode(), failure);
  }

  @ExceptionHandler(WorkflowServiceException.class)
  ProblemDetail temporal(WorkflowServiceException failure) {
    Status.Code code = causeOf(failure, StatusRuntimeException.class).map(s -> s.getStatus().getCode()).orElse(Status.Code.UNKNOWN);
    return temporalFailure(code, failure);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception failure) {
    log.error("request failed", failure);
    return internalError();
  }

  private static ProblemDetail temporalFailure(Status.Code code, Exception failure) {
    if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
      log.warn("Temporal unavailable: {}", code);
      return problem(HttpStatus.SERVICE_UNAVAILABLE, "temporal-unavailable", "Temporal unavailable",
          "the order service cannot reach Temporal right now; nothing was changed, try again");
    }
    log.error("Temporal call failed", failure);
    return internalError();
  }

  private static ProblemDetail internalError() {
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error", "the request failed; see the service's log");
  }

  /** The first cause of the given type in a chain, if any. */
  public static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }

  /** Names the field and what is wrong with it, from Jackson's account of a body it could not read. */
  static FieldProblem describe(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return new FieldProblem(path(unknown), "unknown field '" + unknown.getPropertyName() + "'");
    }
    if (cause instanceof InvalidFormatException format) {
      return new FieldProblem(path(format), "'" + format.getValue() + "' is not a valid " + typeName(format.getTargetType()));
    }
    if (cause instanceof InvalidNullException nullValue) {
      return new FieldProblem(path(nullValue), "must be a " + typeName(nullValue.getTargetType()) + ", not null");
    }
    if (cause instanceof JsonMappingException mapping && DUPLICATE.matcher(String.valueOf(mapping.getOriginalMessage())).find()) {
      Matcher named = DUPLICATE.matcher(mapping.getOriginalMessage());
      named.find();
      String at = path(mapping);
      return new FieldProblem(at.isEmpty() ? named.group(1) : at + "." + named.group(1), "a field appears twice");
    }
    if (cause instanceof MismatchedInputException mismatch) {
      String message = String.valueOf(mismatch.getOriginalMessage());
      if (message.contains("Trailing token")) {
        return new FieldProblem("", "unexpected content after the JSON document");
      }
      if (message.contains("No content to map")) {
        return new FieldProblem("", "a JSON body is required");
      }
      return new FieldProblem(path(mismatch), "wrong type: expected " + article(typeName(mismatch.getTargetType())));
    }
    if (cause instanceof JsonParseException parse) {
      String message = String.valueOf(parse.getOriginalMessage());
      if (message.startsWith("Duplicate field")) {
        return new FieldProblem(duplicatePath(parse), "a field appears twice");
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

  /** Where a duplicate key was met: the object the parser stands in, and the key its message names. */
  private static String duplicatePath(JsonParseException parse) {
    Matcher named = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
    String name = named.find() ? named.group(1) : "";
    JsonParser parser = parse.getProcessor();
    if (parser == null) {
      return name;
    }
    Deque<String> parts = new ArrayDeque<>();
    parts.push(name);
    JsonStreamContext context = parser.getParsingContext();
    for (context = context == null ? null : context.getParent(); context != null && !context.inRoot(); context = context.getParent()) {
      parts.push(context.inArray() ? "[" + context.getCurrentIndex() + "]" : String.valueOf(context.getCurrentName()));
    }
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      if (!path.isEmpty() && !part.startsWith("[")) {
        path.append('.');
      }
      path.append(part);
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

  private static String article(String typeName) {
    return typeName.startsWith("one of") ? typeName : (typeName.matches("^[aeiou].*") ? "an " : "a ") + typeName;
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
}
