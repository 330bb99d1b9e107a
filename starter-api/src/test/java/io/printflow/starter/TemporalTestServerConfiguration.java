package io.printflow.starter;

import io.printflow.workflows.order.OrderSearchAttributes;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The in-memory Temporal test server knows the orders' search attributes, as the real servers do. */
@TestConfiguration(proxyBeanMethods = false)
public class TemporalTestServerConfiguration {

  @Bean
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> orderSearchAttributes() {
    return builder -> {
      OrderSearchAttributes.ALL.forEach(key -> builder.registerSearchAttribute(key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
      return builder;
    };
  }
}
