package io.printflow.sandbox.boxreseller;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One order the sandbox's box reseller holds: its products as ordered, the shipping address, and per
 * product the artwork received (its name, size and digest; never its bytes). States follow from the
 * order's age and the uploads (see {@link BoxResellerOrderBook}).
 */
final class BoxResellerOrder {

  final String id;
  final long number;
  final String purchaseOrder;
  final Instant createdAt;
  final ObjectNode shipping;
  final List<Product> products;

  BoxResellerOrder(String id, long number, String purchaseOrder, Instant createdAt, ObjectNode shipping, List<Product> products) {
    this.id = id;
    this.number = number;
    this.purchaseOrder = purchaseOrder;
    this.createdAt = createdAt;
    this.shipping = shipping;
    this.products = List.copyOf(products);
  }

  BigDecimal totalWithoutTax() {
    return products.stream().map(p -> p.totalWithoutTax).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** One product: the box as ordered (the request's item, with its id added) and its price without tax. */
  static final class Product {

    final String id;
    final ObjectNode box;
    final BigDecimal totalWithoutTax;
    private volatile Artwork artwork;

    Product(String id, ObjectNode box, BigDecimal totalWithoutTax) {
      this.id = id;
      this.box = box;
      this.totalWithoutTax = totalWithoutTax;
    }

    Artwork artwork() {
      return artwork;
    }

    /** Takes a new file, replacing any earlier one; its file check starts again. */
    void receive(Artwork received) {
      artwork = received;
    }
  }

  /**
   * An artwork received: name, bytes counted, SHA-256, when it arrived, and whether its file check
   * fails (the sandbox's failure path: a file name containing {@code reject}).
   */
  record Artwork(String fileName, long bytes, String sha256, Instant receivedAt, boolean failsCheck) {}
}
