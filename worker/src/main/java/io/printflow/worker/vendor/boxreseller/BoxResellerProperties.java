package io.printflow.worker.vendor.boxreseller;

import io.printflow.worker.vendor.VendorTuning;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The box reseller's connection: base URL (its document names no host, so there is no default worth
 * having: e.g. {@code https://api.box-reseller.example/v1/reseller}, or the sandbox's
 * {@code /box-reseller/v1/reseller}), the access token sent as {@code Authorization: Bearer}, the
 * directories local artwork files may be read from (none by default: artwork then comes by http(s)
 * URL only), how long one artwork upload may take, and timings.
 */
@Validated
@ConfigurationProperties("printflow.vendors.box-reseller")
public record BoxResellerProperties(
    @NotNull URI baseUrl,
    @NotBlank String token,
    @DefaultValue List<Path> artworkDirectories,
    @DefaultValue("1h") Duration uploadTimeout,
    @DefaultValue VendorTuning tuning) {

  @Override
  public String toString() {
    // Records print every field; the token must never reach a log.
    return "BoxResellerProperties[baseUrl=" + baseUrl + ", token=***, artworkDirectories=" + artworkDirectories
        + ", uploadTimeout=" + uploadTimeout + "]";
  }
}
