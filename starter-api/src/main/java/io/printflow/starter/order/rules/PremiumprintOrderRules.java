package io.printflow.starter.order.rules;

import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.vendor.VendorProfiles;
import org.springframework.stereotype.Component;

/** Premiumprint orders a variant by its numeric id, options by numeric ids, and downloads the print file by URL. */
@Component
class PremiumprintOrderRules implements VendorOrderRules {

  private static final String NAME = VendorProfiles.PREMIUMPRINT.name();

  @Override
  public String vendor() {
    return VendorProfiles.PREMIUMPRINT.id();
  }

  @Override
  public void check(OrderItem item, FieldProblems problems, boolean artworkFollows) {
    ItemChecks.numericId(problems, "productId", item.productId(), NAME, false);
    ItemChecks.numericId(problems, "variantId", item.variantId(), NAME, true);
    item.options().forEach((option, value) -> {
      ItemChecks.numericId(problems, "options", option, NAME + " option", true);
      ItemChecks.numericId(problems, "options." + option, value, NAME + " option value", true);
    });
    if (!artworkFollows) {
      ItemChecks.artworkUrl(problems, item, NAME);
    }
  }
}
