package io.printflow.worker.vendor.passiongraphic;

import io.printflow.worker.vendor.VendorTuning;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Passion Graphic's connection: base URL (production {@code https://api.passion-graphic.fr/v1}, or the
 * sandbox), the API key sent as {@code x-api-key}, and timings.
 */
@Validated
@ConfigurationProperties("printflow.vendors.passion-graphic")
public record PassionGraphicProperties(
    @NotNull URI baseUrl,
    @NotBlank String apiKey,
    @DefaultValue VendorTuning tuning) {

  @Override
  public String toString() {
    // Records print every field; the key must never reach a log.
    return "PassionGraphicProperties[baseUrl=" + baseUrl + ", apiKey=***, tuning=" + tuning + "]";
  }
}
