package io.printflow.worker.vendor.premiumprint;

import io.printflow.worker.vendor.VendorTuning;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Premiumprint's connection: base URL (sandbox or {@code https://<host>/api/beta}), the store's API
 * user and key (HTTP Basic), whether orders are test orders, and timings.
 */
@Validated
@ConfigurationProperties("printflow.vendors.premiumprint")
public record PremiumprintProperties(
    @NotNull URI baseUrl,
    @NotBlank String apiUser,
    @NotBlank String apiKey,
    @DefaultValue("false") boolean testOrders,
    @DefaultValue VendorTuning tuning) {

  @Override
  public String toString() {
    // Records print every field; the key must never reach a log.
    return "PremiumprintProperties[baseUrl=" + baseUrl + ", apiUser=" + apiUser + ", apiKey=***, testOrders=" + testOrders + "]";
  }
}
