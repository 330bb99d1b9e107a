package io.printflow.starter.order;

import java.util.List;

/** A request that breaks the API's rules; nothing was started. */
public class InvalidOrderException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidOrderException(List<FieldProblem> problems) {
    super(problems.isEmpty() ? "invalid order" : problems.get(0).field() + ": " + problems.get(0).message(), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
