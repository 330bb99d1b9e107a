package io.printflow.worker.vendor.printofoto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** Printofoto's settings bind as the YAML writes them, and never print the credentials. */
class PrintofotoPropertiesTest {

  @Test
  void noArtworkDirectoryMeansNoLocalFilesNotTheWorkingDirectory() {
    PrintofotoProperties properties = bind(Map.of("artwork-directories", ""));

    assertThat(properties.artworkDirectories()).isEmpty();
    assertThat(properties.maxArtworkSize()).isEqualTo(DataSize.ofMegabytes(200));
    assertThat(properties.uploadTimeout()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void artworkDirectoriesAreCommaSeparated() {
    PrintofotoProperties properties = bind(Map.of("artwork-directories", "/srv/artwork,/mnt/shared/print"));

    assertThat(properties.artworkDirectories()).containsExactly(Path.of("/srv/artwork"), Path.of("/mnt/shared/print"));
  }

  @Test
  void theCredentialsNeverReachALog() {
    PrintofotoProperties properties = bind(Map.of());

    assertThat(properties.toString()).doesNotContain("the-key").doesNotContain("the-secret").contains("apiKey=***");
  }

  private static PrintofotoProperties bind(Map<String, String> extra) {
    Map<String, String> values = new java.util.HashMap<>(Map.of(
        "printflow.vendors.printofoto.base-url", "http://127.0.0.1/printofoto/api",
        "printflow.vendors.printofoto.api-key", "the-key",
        "printflow.vendors.printofoto.api-secret", "the-secret"));
    extra.forEach((key, value) -> values.put("printflow.vendors.printofoto." + key, value));
    return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("printflow.vendors.printofoto", PrintofotoProperties.class);
  }
}
