package io.printflow.worker.vendor.passiongraphic;

import io.printflow.activities.vendor.passiongraphic.PassionGraphicActivities;
import io.printflow.activities.vendor.passiongraphic.PassionGraphicApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Passion Graphic's client and activities; the bean name is what {@code spring.temporal.workers} registers. */
@Configuration(proxyBeanMethods = false)
class PassionGraphicConfiguration {

  @Bean
  PassionGraphicActivities passionGraphicActivities(PassionGraphicProperties properties) {
    PassionGraphicApi api = PassionGraphicApi.connect(properties.tuning().connection(properties.baseUrl()), properties.apiKey());
    return new PassionGraphicActivities(api, properties.tuning().timings());
  }
}
