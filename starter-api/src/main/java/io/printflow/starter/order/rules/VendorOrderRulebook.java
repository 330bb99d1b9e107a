package io.printflow.starter.order.rules;

import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.vendor.VendorProfiles;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every vendor's rules, chosen by vendor id. */
@Component
public class VendorOrderRulebook {

  private final Map<String, VendorOrderRules> byVendor;

  public VendorOrderRulebook(List<VendorOrderRules> rules) {
    this.byVendor = rules.stream().collect(Collectors.toUnmodifiableMap(VendorOrderRules::vendor, Function.identity()));
    byVendor.keySet().stream()
        .filter(vendor -> VendorProfiles.byId(vendor).isEmpty())
        .findFirst()
        .ifPresent(vendor -> {
          throw new IllegalStateException("order rules for an unknown vendor: " + vendor);
        });
  }

  /** Checks the items against their vendor's rules; problems are named below {@code items[i]}. */
  public void check(String vendor, List<OrderItem> items, FieldProblems problems, boolean artworkFollows) {
    VendorOrderRules rules = byVendor.get(vendor);
    if (rules == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != null) {
        rules.check(items.get(i), problems.at("[" + i + "]"), artworkFollows);
      }
    }
  }
}
