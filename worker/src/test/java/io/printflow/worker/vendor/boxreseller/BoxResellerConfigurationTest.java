package io.printflow.worker.vendor.boxreseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.printflow.activities.vendor.boxreseller.BoxResellerActivities;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The box reseller's configuration binds, refuses a missing token, and never prints it. */
class BoxResellerConfigurationTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(BoxResellerProperties.class)
  static class Properties {}

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Properties.class, BoxResellerConfiguration.class);

  @Test
  void buildsTheActivitiesBeanFromItsProperties() {
    context.withPropertyValues(
            "printflow.vendors.box-reseller.base-url=https://api.box-reseller.example/v1/reseller",
            "printflow.vendors.box-reseller.token=sandbox-secret-token",
            "printflow.vendors.box-reseller.artwork-directories=/srv/artwork,/mnt/print",
            "printflow.vendors.box-reseller.tuning.poll-interval=30s")
        .run(started -> {
          assertThat(started).hasNotFailed().hasBean("boxResellerActivities");
          assertThat(started.getBean("boxResellerActivities")).isInstanceOf(BoxResellerActivities.class);
          BoxResellerActivities activities = started.getBean(BoxResellerActivities.class);
          assertThat(activities.describe().pollInterval()).isEqualTo(Duration.ofSeconds(30));
          BoxResellerProperties properties = started.getBean(BoxResellerProperties.class);
          assertThat(properties.artworkDirectories()).containsExactly(Path.of("/srv/artwork"), Path.of("/mnt/print"));
          assertThat(properties.uploadTimeout()).isEqualTo(Duration.ofHours(1));
          assertThat(properties.toString()).doesNotContain("sandbox-secret-token").contains("token=***");
        });
  }

  @Test
  void noArtworkDirectoriesByDefault() {
    context.withPropertyValues(
            "printflow.vendors.box-reseller.base-url=http://127.0.0.1:8090/box-reseller/v1/reseller",
            "printflow.vendors.box-reseller.token=sandbox-box-reseller-token",
            "printflow.vendors.box-reseller.artwork-directories=")
        .run(started -> assertThat(started.getBean(BoxResellerProperties.class).artworkDirectories()).isEmpty());
  }

  @Test
  void aMissingTokenStopsTheWorkerFromStarting() {
    context.withPropertyValues("printflow.vendors.box-reseller.base-url=https://api.box-reseller.example/v1/reseller", "printflow.vendors.box-reseller.token=")
        .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("token"));
  }
}
