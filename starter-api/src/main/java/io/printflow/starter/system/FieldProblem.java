package io.printflow.starter.system;

/** One thing wrong with a request: where (a JSON path such as {@code items[0].quantity}) and what. */
public record FieldProblem(String field, String message) {}
