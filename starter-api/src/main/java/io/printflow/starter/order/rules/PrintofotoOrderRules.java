package io.printflow.starter.order.rules;

import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.vendor.VendorProfiles;
import java.util.List;
import org.springframework.stereotype.Component;

/** Printofoto has one resource per product type; the adapter supports the types listed here. */
@Component
class PrintofotoOrderRules implements VendorOrderRules {

  private static final String NAME = VendorProfiles.PRINTOFOTO.name();
  /** The product types the Printofoto adapter can order; add one here when the adapter learns it. */
  static final List<String> PRODUCT_TYPES = List.of("poster");

  @Override
  public String vendor() {
    return VendorProfiles.PRINTOFOTO.id();
  }

  @Override
  public void check(OrderItem item, FieldProblems problems, boolean artworkFollows) {
    ItemChecks.oneOf(problems, "productId", item.productId(), PRODUCT_TYPES, NAME);
    if (!artworkFollows) {
      ItemChecks.artworkUrl(problems, item, NAME);
    }
  }
}
