package io.printflow.activities.vendor;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Where a vendor's API lives and how long we wait for it: explicit per vendor, never a library default. */
public record VendorConnection(URI baseUrl, Duration connectTimeout, Duration readTimeout) {

  public VendorConnection {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
  }

  /** The base URL without a trailing slash, so paths join cleanly. */
  public String base() {
    String url = baseUrl.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
