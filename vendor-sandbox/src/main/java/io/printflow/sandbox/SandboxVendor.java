package io.printflow.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The vendors the sandbox plays, each under its own base path (the vendor's path below its host). */
public enum SandboxVendor {
  PASSION_GRAPHIC("passion-graphic", "/passion-graphic/v1"),
  PRINTOFOTO("printofoto", "/printofoto/api"),
  PRINT_FILE_OMS("print-file-oms", "/print-file-oms/api/v1"),
  BOX_RESELLER("box-reseller", "/box-reseller/v1/reseller"),
  PREMIUMPRINT("premiumprint", "/premiumprint/api/beta");

  private final String id;
  private final String basePath;

  SandboxVendor(String id, String basePath) {
    this.id = id;
    this.basePath = basePath;
  }

  public String id() {
    return id;
  }

  public String basePath() {
    return basePath;
  }

  /** The vendor whose base path a request path starts with. */
  public static Optional<SandboxVendor> ofPath(String path) {
    return Arrays.stream(values()).filter(v -> path.equals(v.basePath) || path.startsWith(v.basePath + "/")).findFirst();
  }

  public static Optional<SandboxVendor> ofId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }
}
