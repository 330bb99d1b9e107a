package io.printflow.sandbox.printofoto;

/** Printofoto's {@code order_state} values, as the document numbers and names them. */
enum PrintofotoState {
  CREATED(0, "creation order"),
  VALIDATED(1, "validated order"),
  AWAITING_PRINT(2, "awaiting print order"),
  PRINTED(3, "printed order"),
  SHIPPED(4, "shipped order"),
  DELIVERED(5, "delivered order"),
  CANCELLED(6, "canceled order");

  final int number;
  final String label;

  PrintofotoState(int number, String label) {
    this.number = number;
    this.label = label;
  }

  static PrintofotoState of(int number) {
    for (PrintofotoState state : values()) {
      if (state.number == number) {
        return state;
      }
    }
    throw new IllegalArgumentException("no order_state " + number);
  }

  /** Whether a client may still change the order: created or validated. */
  boolean editable() {
    return this == CREATED || this == VALIDATED;
  }

  @Override
  public String toString() {
    return number + " (" + label + ")";
  }
}
