package io.printflow.sandbox;

import java.util.List;
import java.util.Map;

/** A vendor's orders as the admin endpoint reports them: vendor order ids by client reference. */
public interface OrderBook {

  SandboxVendor vendor();

  /** Every client reference and the vendor orders placed under it; more than one means a duplicate. */
  Map<String, List<String>> ordersByClientReference();

  /** Forgets every order, for tests that start afresh. */
  void clear();
}
