package io.printflow.worker.vendor.premiumprint;

import feign.auth.BasicAuthRequestInterceptor;
import io.printflow.activities.vendor.VendorClients;
import io.printflow.activities.vendor.premiumprint.PremiumprintActivities;
import io.printflow.activities.vendor.premiumprint.PremiumprintApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Premiumprint's client and activities; the bean name is what {@code spring.temporal.workers} registers. */
@Configuration(proxyBeanMethods = false)
class PremiumprintConfiguration {

  @Bean
  PremiumprintActivities premiumprintActivities(PremiumprintProperties properties) {
    PremiumprintApi api =
        VendorClients.forVendor("premiumprint", properties.tuning().connection(properties.baseUrl()))
            .auth(new BasicAuthRequestInterceptor(properties.apiUser(), properties.apiKey()))
            .target(PremiumprintApi.class);
    return new PremiumprintActivities(api, properties.tuning().timings(), properties.testOrders());
  }
}
