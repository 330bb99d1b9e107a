package io.printflow.worker.vendor.boxreseller;

import io.printflow.activities.vendor.boxreseller.BoxResellerActivities;
import io.printflow.activities.vendor.boxreseller.BoxResellerClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The box reseller's client and activities; the bean name is what {@code spring.temporal.workers} registers. */
@Configuration(proxyBeanMethods = false)
class BoxResellerConfiguration {

  @Bean
  BoxResellerActivities boxResellerActivities(BoxResellerProperties properties) {
    BoxResellerClient client =
        BoxResellerClient.connect(properties.tuning().connection(properties.baseUrl()), properties.token(), properties.uploadTimeout());
    return new BoxResellerActivities(client, properties.artworkDirectories(), properties.tuning().timings());
  }
}
