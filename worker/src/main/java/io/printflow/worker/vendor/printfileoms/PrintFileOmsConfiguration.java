package io.printflow.worker.vendor.printfileoms;

import io.printflow.activities.vendor.printfileoms.PrintFileOmsActivities;
import io.printflow.activities.vendor.printfileoms.PrintFileOmsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The print-file OMS's client and activities; the bean name is what {@code spring.temporal.workers} registers. */
@Configuration(proxyBeanMethods = false)
class PrintFileOmsConfiguration {

  @Bean
  PrintFileOmsActivities printFileOmsActivities(PrintFileOmsProperties properties) {
    PrintFileOmsApi api = PrintFileOmsApi.connect(properties.tuning().connection(properties.baseUrl()), properties.apiToken());
    return new PrintFileOmsActivities(api, properties.storeId(), properties.tuning().timings());
  }
}
