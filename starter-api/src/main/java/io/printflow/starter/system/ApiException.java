package io.printflow.starter.system;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the API answers with a problem of one of its stable types; the detail is written for the
 * caller, so it may be shown as is.
 */
public class ApiException extends ErrorResponseException {

  public ApiException(HttpStatus status, String type, String title, String detail) {
    super(status, problem(status, type, title, detail), null);
  }

  public ApiException(HttpStatus status, String type, String title, List<FieldProblem> problems) {
    this(status, type, title, summary(problems));
    getBody().setProperty("errors", List.copyOf(problems));
  }

  /** A problem of the API's own types: {@code urn:printflow:problem:<type>}. */
  public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:printflow:problem:" + type));
    problem.setTitle(title);
    return problem;
  }

  /** The problems in one line: {@code field: message; field: message}. */
  public static String summary(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> p.field().isEmpty() ? p.message() : p.field() + ": " + p.message())
        .collect(Collectors.joining("; "));
  }
}
