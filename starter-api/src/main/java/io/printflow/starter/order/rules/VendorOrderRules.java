package io.printflow.starter.order.rules;

import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.OrderItem;

/**
 * A vendor's own rules for an order's items, checked before the order starts so that an order the
 * vendor would refuse is refused at the door. Only what the vendor's document says and what needs
 * no call to the vendor; the vendor's adapter checks the rest when it places the order.
 */
public interface VendorOrderRules {

  /** The vendor id these rules are for (one of {@code VendorProfiles.ids()}). */
  String vendor();

  /**
   * Checks one item, naming problems below {@code item}'s path. {@code artworkFollows} is true for
   * an item of a production leg, whose artwork is the print file still to come.
   */
  void check(OrderItem item, FieldProblems problems, boolean artworkFollows);
}
