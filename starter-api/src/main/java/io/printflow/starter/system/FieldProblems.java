package io.printflow.starter.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request, each problem at its JSON path. {@link #at} gives a view
 * below a path (say {@code items[0]}) that adds to the same list.
 */
public final class FieldProblems {

  private final List<FieldProblem> problems;
  private final String prefix;

  public FieldProblems() {
    this(new ArrayList<>(), "");
  }

  private FieldProblems(List<FieldProblem> problems, String prefix) {
    this.problems = problems;
    this.prefix = prefix;
  }

  /** The same problems, with fields named below {@code path}. */
  public FieldProblems at(String path) {
    return new FieldProblems(problems, join(prefix, path));
  }

  public void add(String field, String message) {
    problems.add(new FieldProblem(join(prefix, field), message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<FieldProblem> list() {
    return List.copyOf(problems);
  }

  private static String join(String prefix, String field) {
    if (prefix.isEmpty() || field.isEmpty()) {
      return prefix + field;
    }
    return field.startsWith("[") ? prefix + field : prefix + "." + field;
  }
}
