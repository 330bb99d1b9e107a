package io.printflow.starter.system;

import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter answers people and vendors waiting on a socket: when Temporal is unreachable it says so
 * (503) within the configured window instead of retrying for the SDK's default minute.
 */
@Configuration(proxyBeanMethods = false)
class TemporalConnectionConfiguration {

  @Bean
  TemporalOptionsCustomizer<WorkflowServiceStubsOptions.Builder> boundedTemporalRetries(ApiProperties properties) {
    return builder -> builder.setRpcRetryOptions(RpcRetryOptions.newBuilder().setExpiration(properties.temporalRetryWindow()).build());
  }
}
