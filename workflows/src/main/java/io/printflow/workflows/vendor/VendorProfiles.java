package io.printflow.workflows.vendor;

import java.util.List;
import java.util.Optional;

/**
 * The vendors printflow knows. A workflow reads a vendor's capabilities through that vendor's own
 * activities ({@link VendorActivities#describe()}), so a running order keeps the capabilities it
 * started with; this list is where they are declared.
 */
public final class VendorProfiles {

  public static final VendorProfile PASSION_GRAPHIC =
      new VendorProfile("passion-graphic", "Passion Graphic", new VendorCapabilities(true, false, false, false, false, false, false));

  public static final VendorProfile PRINTOFOTO =
      new VendorProfile("printofoto", "Printofoto", new VendorCapabilities(false, true, true, true, true, false, false));

  public static final VendorProfile PRINT_FILE_OMS =
      new VendorProfile("print-file-oms", "Print-file OMS", new VendorCapabilities(false, false, false, false, true, true, true));

  public static final VendorProfile BOX_RESELLER =
      new VendorProfile("box-reseller", "Box reseller", new VendorCapabilities(false, true, true, false, false, false, false));

  public static final VendorProfile PREMIUMPRINT =
      new VendorProfile("premiumprint", "Premiumprint", new VendorCapabilities(true, true, false, false, true, true, false));

  public static final List<VendorProfile> ALL = List.of(PASSION_GRAPHIC, PRINTOFOTO, PRINT_FILE_OMS, BOX_RESELLER, PREMIUMPRINT);

  private VendorProfiles() {}

  public static Optional<VendorProfile> byId(String id) {
    return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return ALL.stream().map(VendorProfile::id).toList();
  }
}
