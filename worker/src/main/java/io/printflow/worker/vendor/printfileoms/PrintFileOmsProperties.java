package io.printflow.worker.vendor.printfileoms;

import io.printflow.worker.vendor.VendorTuning;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The print-file OMS connection: base URL ({@code https://<oms host>/api/v1}; the document names no
 * host), the API token (sent as {@code Authorization: Bearer}), the store id the OMS assigned us, and
 * timings.
 */
@Validated
@ConfigurationProperties("printflow.vendors.print-file-oms")
public record PrintFileOmsProperties(
    @NotNull URI baseUrl,
    @NotBlank String apiToken,
    @NotBlank String storeId,
    @DefaultValue VendorTuning tuning) {

  @Override
  public String toString() {
    // Records print every field; the token must never reach a log.
    return "PrintFileOmsProperties[baseUrl=" + baseUrl + ", apiToken=***, storeId=" + storeId + "]";
  }
}
