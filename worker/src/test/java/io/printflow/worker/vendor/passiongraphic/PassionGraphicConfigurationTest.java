package io.printflow.worker.vendor.passiongraphic;

import static org.assertj.core.api.Assertions.assertThat;

import io.printflow.activities.vendor.passiongraphic.PassionGraphicActivities;
import io.printflow.workflows.vendor.VendorProfiles;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Passion Graphic's settings bind, are checked, never print the key, and make the activities bean the worker registers. */
class PassionGraphicConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Properties.class, PassionGraphicConfiguration.class);

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(PassionGraphicProperties.class)
  static class Properties {}

  @Test
  void buildsTheActivitiesBeanFromTheSettings() {
    context.withPropertyValues(
            "printflow.vendors.passion-graphic.base-url=http://127.0.0.1:1/passion-graphic/v1",
            "printflow.vendors.passion-graphic.api-key=sandbox-passion-graphic-key",
            "printflow.vendors.passion-graphic.tuning.poll-interval=2s")
        .run(ctx -> {
          assertThat(ctx).hasNotFailed();
          PassionGraphicActivities activities = ctx.getBean("passionGraphicActivities", PassionGraphicActivities.class);
          assertThat(activities.describe().capabilities()).isEqualTo(VendorProfiles.PASSION_GRAPHIC.capabilities());
          assertThat(activities.describe().pollInterval()).isEqualTo(Duration.ofSeconds(2));
          assertThat(ctx.getBean(PassionGraphicProperties.class).toString())
              .contains("apiKey=***")
              .doesNotContain("sandbox-passion-graphic-key");
        });
  }

  @Test
  void refusesToStartWithoutAnApiKey() {
    context.withPropertyValues(
            "printflow.vendors.passion-graphic.base-url=https://api.passion-graphic.fr/v1",
            "printflow.vendors.passion-graphic.api-key=")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("apiKey"));
  }
}
