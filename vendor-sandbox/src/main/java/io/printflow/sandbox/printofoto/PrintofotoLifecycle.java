package io.printflow.sandbox.printofoto;

import io.printflow.sandbox.lifecycle.Timeline;
import io.printflow.sandbox.printofoto.PrintofotoRecords.StoredOrder;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where an order stands: 0 until the client validates it, then 1, 2 awaiting print, 3 printed,
 * 4 shipped, 5 delivered on the configured timeline; 6 once cancelled. The sandbox's failure path:
 * an order whose {@code shipping_company} contains {@code sandbox:cancel} is cancelled by Printofoto
 * itself when it would have been printed.
 */
@Component
class PrintofotoLifecycle {

  /** What, in {@code shipping_company}, makes Printofoto cancel the order instead of printing it. */
  static final String CANCEL_MARKER = "sandbox:cancel";

  private final Timeline<PrintofotoState> timeline;

  PrintofotoLifecycle(PrintofotoSandboxProperties properties) {
    this.timeline =
        Timeline.first(PrintofotoState.VALIDATED, properties.validated())
            .then(PrintofotoState.AWAITING_PRINT, properties.awaitingPrint())
            .then(PrintofotoState.PRINTED, properties.printed())
            .then(PrintofotoState.SHIPPED, properties.shipped())
            .last(PrintofotoState.DELIVERED);
  }

  PrintofotoState state(StoredOrder order, Instant now) {
    if (order.cancelledAt() != null) {
      return PrintofotoState.CANCELLED;
    }
    if (order.validatedAt() == null) {
      return PrintofotoState.CREATED;
    }
    PrintofotoState reached = timeline.stageAt(order.validatedAt(), now);
    if (failing(order) && reached.number >= PrintofotoState.PRINTED.number) {
      return PrintofotoState.CANCELLED;
    }
    return reached;
  }

  /** When the order's parcels left, if they have. */
  Optional<Instant> shippedAt(StoredOrder order, Instant now) {
    PrintofotoState state = state(order, now);
    if (state == PrintofotoState.SHIPPED || state == PrintofotoState.DELIVERED) {
      return Optional.of(timeline.entered(PrintofotoState.SHIPPED, order.validatedAt()));
    }
    return Optional.empty();
  }

  private static boolean failing(StoredOrder order) {
    String company = order.fields().get("shipping_company");
    return company != null && company.toLowerCase(Locale.ROOT).contains(CANCEL_MARKER);
  }
}
