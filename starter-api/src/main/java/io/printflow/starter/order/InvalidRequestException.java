package io.printflow.starter.order;

import io.printflow.starter.system.ApiException;
import io.printflow.starter.system.FieldProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A request that breaks the API's rules, each broken rule named by its field; nothing was started or changed. */
public class InvalidRequestException extends ApiException {

  public InvalidRequestException(List<FieldProblem> problems) {
    super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", problems);
  }

  public InvalidRequestException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }
}
