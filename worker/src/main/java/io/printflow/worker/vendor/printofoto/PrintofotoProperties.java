package io.printflow.worker.vendor.printofoto;

import io.printflow.worker.vendor.VendorTuning;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Printofoto's connection: base URL (sandbox {@code http://api-sandbox.printofoto.com/api}, live
 * {@code https://api.printofoto.com/api}), the {@code api_key} and {@code api_secret} headers, where
 * local artwork files may be read from and how large and slow their uploads may be, and timings.
 */
@Validated
@ConfigurationProperties("printflow.vendors.printofoto")
public record PrintofotoProperties(
    @NotNull URI baseUrl,
    @NotBlank String apiKey,
    @NotBlank String apiSecret,
    @DefaultValue List<Path> artworkDirectories,
    @DefaultValue("200MB") DataSize maxArtworkSize,
    @DefaultValue("30m") Duration uploadTimeout,
    @DefaultValue VendorTuning tuning) {

  @Override
  public String toString() {
    // Records print every field; the key and secret must never reach a log.
    return "PrintofotoProperties[baseUrl=" + baseUrl + ", apiKey=***, apiSecret=***, artworkDirectories=" + artworkDirectories
        + ", maxArtworkSize=" + maxArtworkSize + ", uploadTimeout=" + uploadTimeout + "]";
  }
}
