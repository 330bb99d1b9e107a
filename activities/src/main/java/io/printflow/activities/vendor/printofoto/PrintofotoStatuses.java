package io.printflow.activities.vendor.printofoto;

import io.printflow.workflows.order.model.FulfillmentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Printofoto's {@code order_state} and {@code shipping_state} in canonical terms. Both are numbers
 * that arrive as strings ({@code "2"}); they are read liberally (a JSON number, {@code "2.0"}, or the
 * document's own words such as {@code "awaiting print"}), and an unknown value changes nothing but
 * the vendor status shown.
 */
final class PrintofotoStatuses {

  static final int CREATED = 0;
  static final int VALIDATED = 1;
  static final int CANCELLED = 6;

  /** The document's words for each state, by number. */
  private static final List<String> WORDS =
      List.of("created", "validated", "awaiting print", "printed", "shipped", "delivered", "cancelled");

  private static final List<FulfillmentStatus> CANONICAL =
      List.of(
          FulfillmentStatus.PLACED,
          FulfillmentStatus.PLACED,
          FulfillmentStatus.AWAITING_FILE_CHECK,
          FulfillmentStatus.IN_PRODUCTION,
          FulfillmentStatus.SHIPPED,
          FulfillmentStatus.DELIVERED,
          FulfillmentStatus.CANCELLED);

  private PrintofotoStatuses() {}

  /** The state's number, if it is one of the seven. */
  static OptionalInt orderState(String value) {
    if (value == null || value.isBlank()) {
      return OptionalInt.empty();
    }
    String text = value.trim().toLowerCase(Locale.ROOT);
    OptionalInt number = integer(text);
    if (number.isPresent()) {
      return number.getAsInt() >= 0 && number.getAsInt() < WORDS.size() ? number : OptionalInt.empty();
    }
    String word = text.replace('_', ' ').replace("canceled", "cancelled").replace("creation", "created");
    int index = WORDS.indexOf(word);
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** The canonical status of an order state, or null for an unknown one. */
  static FulfillmentStatus canonical(String orderState) {
    OptionalInt state = orderState(orderState);
    return state.isPresent() ? CANONICAL.get(state.getAsInt()) : null;
  }

  /** The state as an operator reads it: {@code 2 awaiting print}. */
  static String describe(String orderState) {
    OptionalInt state = orderState(orderState);
    return state.isPresent() ? state.getAsInt() + " " + WORDS.get(state.getAsInt()) : String.valueOf(orderState);
  }

  /** Whether an order detail's {@code shipping_state} says shipped (1). */
  static boolean shipped(String shippingState) {
    if (shippingState == null) {
      return false;
    }
    String text = shippingState.trim().toLowerCase(Locale.ROOT);
    OptionalInt number = integer(text);
    return number.isPresent() ? number.getAsInt() == 1 : text.equals("shipped") || text.equals("true");
  }

  /** A number sent as text, as plain digits ({@code "14.0"} gives {@code "14"}); anything else trimmed. */
  static String number(String value) {
    if (value == null) {
      return null;
    }
    OptionalInt number = integer(value.trim());
    return number.isPresent() ? String.valueOf(number.getAsInt()) : value.trim();
  }

  private static OptionalInt integer(String text) {
    try {
      return OptionalInt.of(new BigDecimal(text).intValueExact());
    } catch (NumberFormatException | ArithmeticException notAnInteger) {
      return OptionalInt.empty();
    }
  }
}
