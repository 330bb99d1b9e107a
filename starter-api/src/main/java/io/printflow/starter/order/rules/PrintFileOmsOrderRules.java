package io.printflow.starter.order.rules;

import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.vendor.VendorProfiles;
import org.springframework.stereotype.Component;

/** The print-file OMS renders print files from a customiser's template config and shows thumbnails of it. */
@Component
class PrintFileOmsOrderRules implements VendorOrderRules {

  private static final String NAME = VendorProfiles.PRINT_FILE_OMS.name();

  @Override
  public String vendor() {
    return VendorProfiles.PRINT_FILE_OMS.id();
  }

  @Override
  public void check(OrderItem item, FieldProblems problems, boolean artworkFollows) {
    if (!ItemChecks.present(item.variantId()) && !ItemChecks.present(item.productId())) {
      problems.add("variantId", "is required by " + NAME + " (or a productId): it picks the print template");
    }
    if (item.artwork() == null || !ItemChecks.present(item.artwork().templateConfig())) {
      problems.add("artwork.templateConfig", "is required by " + NAME + ": it renders the print file from it");
    }
    if (item.artwork() == null || item.artwork().thumbnails() == null || item.artwork().thumbnails().isEmpty()) {
      problems.add("artwork.thumbnails", "at least one thumbnail URL is required by " + NAME);
    }
  }
}
