package io.printflow.worker.vendor.printfileoms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The vendor block binds from the keys the YAML files use, and never prints the token. */
class PrintFileOmsPropertiesTest {

  @Test
  void bindsTheConfiguredKeysAndRedactsTheToken() {
    MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
        "printflow.vendors.print-file-oms.base-url", "http://127.0.0.1:8090/print-file-oms/api/v1",
        "printflow.vendors.print-file-oms.api-token", "sandbox-print-file-oms-token",
        "printflow.vendors.print-file-oms.store-id", "sandbox-store-1",
        "printflow.vendors.print-file-oms.tuning.poll-interval", "2s"));

    PrintFileOmsProperties properties =
        new Binder(source).bind("printflow.vendors.print-file-oms", PrintFileOmsProperties.class).get();

    assertThat(properties.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8090/print-file-oms/api/v1"));
    assertThat(properties.storeId()).isEqualTo("sandbox-store-1");
    assertThat(properties.tuning().pollInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(properties.tuning().readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(properties.toString()).contains("sandbox-store-1").doesNotContain("sandbox-print-file-oms-token");
  }
}
