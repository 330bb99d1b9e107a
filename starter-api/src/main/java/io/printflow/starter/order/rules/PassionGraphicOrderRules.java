package io.printflow.starter.order.rules;

import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.vendor.VendorProfiles;
import org.springframework.stereotype.Component;

/** Passion Graphic names products by UUID and downloads the print file by URL. */
@Component
class PassionGraphicOrderRules implements VendorOrderRules {

  private static final String NAME = VendorProfiles.PASSION_GRAPHIC.name();

  @Override
  public String vendor() {
    return VendorProfiles.PASSION_GRAPHIC.id();
  }

  @Override
  public void check(OrderItem item, FieldProblems problems, boolean artworkFollows) {
    ItemChecks.uuid(problems, "productId", item.productId(), NAME);
    if (!artworkFollows) {
      ItemChecks.artworkUrl(problems, item, NAME);
    }
  }
}
