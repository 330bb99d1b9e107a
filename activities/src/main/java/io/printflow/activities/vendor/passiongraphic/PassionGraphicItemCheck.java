package io.printflow.activities.vendor.passiongraphic;

import static io.printflow.activities.vendor.passiongraphic.PassionGraphicOrderMapper.PRODUCTION_DELAY;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicOrderMapper.VENDOR;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicOrderMapper.blank;

import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorLookups;
import io.printflow.activities.vendor.passiongraphic.dto.ChosenOption;
import io.printflow.activities.vendor.passiongraphic.dto.Product;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an order against Passion Graphic's products before it is priced or placed, as the document
 * asks ("be careful to provide valid options and valid quantities"): mandatory options present, every
 * option and value offered, the quantity one of the defined quantities (or at least 1 where the
 * product defines none), an artwork URL, a valid production delay. All problems are named at once.
 */
final class PassionGraphicItemCheck {

  private static final Pattern POSITIVE_INTEGER = Pattern.compile("\\s*[1-9][0-9]{0,5}\\s*");

  private final PassionGraphicApi api;

  PassionGraphicItemCheck(PassionGraphicApi api) {
    this.api = api;
  }

  /** Fails with {@link OrderRejections#invalid} naming every problem; reads each product once. */
  void check(OrderRequest order) {
    if (order.shippingAddress() == null) {
      throw OrderRejections.invalid(VENDOR, "a shipping address is required");
    }
    if (order.items().isEmpty()) {
      throw OrderRejections.invalid(VENDOR, "an order needs at least one item");
    }
    List<String> problems = new ArrayList<>();
    Map<String, Optional<Product>> products = new HashMap<>();
    for (OrderItem item : order.items()) {
      String at = "item " + item.itemReference() + ": ";
      if (item.artwork() == null || blank(item.artwork().url())) {
        problems.add(at + "Passion Graphic downloads the artwork, so artwork.url is required");
      }
      String delay = item.options().get(PRODUCTION_DELAY);
      if (delay != null && !POSITIVE_INTEGER.matcher(delay).matches()) {
        problems.add(at + "option " + PRODUCTION_DELAY + " must be a whole number of at least 1, not '" + delay + "'");
      }
      if (blank(item.productId())) {
        problems.add(at + "productId (a Passion Graphic product id) is required");
        continue;
      }
      Optional<Product> product = products.computeIfAbsent(item.productId(), this::product);
      if (product.isEmpty()) {
        problems.add(at + "Passion Graphic has no product " + item.productId());
        continue;
      }
      problems.addAll(quantityProblems(at, item, product.get()));
      problems.addAll(optionProblems(at, item, product.get()));
    }
    if (!problems.isEmpty()) {
      throw OrderRejections.invalid(VENDOR, String.join("; ", problems));
    }
  }

  /** The product, or nothing where Passion Graphic does not know it (it answers 400 "not found"). */
  private Optional<Product> product(String productId) {
    return VendorLookups.ifFound(() -> api.product(productId));
  }

  private static List<String> quantityProblems(String at, OrderItem item, Product product) {
    if (item.quantity() < 1) {
      return List.of(at + "quantity must be at least 1");
    }
    if (!product.definedQuantities().isEmpty() && !product.definedQuantities().contains(item.quantity())) {
      return List.of(at + "quantity " + item.quantity() + " is not offered for " + name(product) + "; one of " + product.definedQuantities());
    }
    return List.of();
  }

  private static List<String> optionProblems(String at, OrderItem item, Product product) {
    List<String> problems = new ArrayList<>();
    Map<String, String> chosen = new HashMap<>();
    PassionGraphicOrderMapper.options(item).forEach(o -> chosen.put(o.optionId(), o.optionValueKey()));
    for (Product.Option option : product.options()) {
      String key = chosen.get(option.id());
      if (key == null) {
        if (option.isMandatory()) {
          problems.add(at + "option " + option.id() + " (" + option.label() + ") is mandatory for " + name(product) + "; one of " + option.keys());
        }
      } else if (!option.offers(key)) {
        problems.add(at + "'" + key + "' is not a value of option " + option.id() + " (" + option.label() + "); one of " + option.keys());
      }
    }
    for (ChosenOption option : PassionGraphicOrderMapper.options(item)) {
      if (product.options().stream().noneMatch(o -> option.optionId().equals(o.id()))) {
        problems.add(at + name(product) + " has no option " + option.optionId());
      }
    }
    return problems;
  }

  private static String name(Product product) {
    return "product " + product.id() + (product.label() == null ? "" : " (" + product.label() + ")");
  }
}
