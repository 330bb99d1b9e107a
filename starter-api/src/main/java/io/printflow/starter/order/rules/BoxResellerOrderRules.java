package io.printflow.starter.order.rules;

import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.vendor.VendorProfiles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The box reseller makes an article (productId) in a material and size, at a manufacturing speed,
 * from one PDF it is sent.
 */
@Component
class BoxResellerOrderRules implements VendorOrderRules {

  private static final String NAME = VendorProfiles.BOX_RESELLER.name();
  private static final List<String> DIMENSIONS = List.of("width", "depth", "height");
  private static final List<String> MANUFACTURING_TIMES = List.of("economy", "standard", "express");

  @Override
  public String vendor() {
    return VendorProfiles.BOX_RESELLER.id();
  }

  @Override
  public void check(OrderItem item, FieldProblems problems, boolean artworkFollows) {
    if (!ItemChecks.present(item.productId())) {
      problems.add("productId", "is required by " + NAME + ": the article code");
    }
    if (!ItemChecks.present(item.options().get("material"))) {
      problems.add("options.material", "is required by " + NAME);
    }
    DIMENSIONS.forEach(dimension -> size(problems, "options." + dimension, item.options().get(dimension)));
    ItemChecks.oneOf(problems, "options.manufacturing_time", item.options().get("manufacturing_time"), MANUFACTURING_TIMES, NAME);
    if (!artworkFollows) {
      ItemChecks.artworkUrl(problems, item, NAME);
      if (item.artwork() != null && ItemChecks.present(item.artwork().url()) && !isPdf(item.artwork().url())) {
        problems.add("artwork.url", NAME + " takes the artwork as one PDF: the URL must end in .pdf");
      }
    }
  }

  private static void size(FieldProblems problems, String field, String value) {
    if (!ItemChecks.present(value)) {
      problems.add(field, "is required by " + NAME + " (a size, e.g. \"120.5\")");
      return;
    }
    try {
      BigDecimal size = new BigDecimal(value);
      if (size.signum() <= 0 || size.stripTrailingZeros().scale() > 2) {
        problems.add(field, "must be a positive number with at most two decimals, not '" + value + "'");
      }
    } catch (NumberFormatException notANumber) {
      problems.add(field, "must be a positive number with at most two decimals, not '" + value + "'");
    }
  }

  private static boolean isPdf(String url) {
    int query = url.indexOf('?');
    int fragment = url.indexOf('#');
    int end = query >= 0 ? query : fragment >= 0 ? fragment : url.length();
    return url.substring(0, end).toLowerCase(Locale.ROOT).endsWith(".pdf");
  }
}
