package io.printflow.systemtest;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives system tests one {@link LocalStack} for the whole run: started by the first test that asks,
 * stopped when the run ends (JUnit closes what the root store holds).
 */
final class LocalStackExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalStack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(LocalStack.class.getName(), key -> start(), Running.class)
        .stack();
  }

  private static Running start() {
    try {
      LocalStack stack = new LocalStack();
      stack.startAll();
      return new Running(stack);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The stack as the store keeps it, closed with the store. */
  private record Running(LocalStack stack) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      stack.close();
    }
  }
}
