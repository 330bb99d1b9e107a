package io.printflow.starter.webhook;

import io.printflow.starter.system.ApiException;
import io.printflow.starter.system.FieldProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A signed webhook whose payload cannot be mapped to an order's news; names the field. */
public class UnreadableWebhookException extends ApiException {

  public UnreadableWebhookException(String field, String message) {
    super(HttpStatus.BAD_REQUEST, "unreadable-webhook", "Unreadable webhook", List.of(new FieldProblem(field, message)));
  }
}
