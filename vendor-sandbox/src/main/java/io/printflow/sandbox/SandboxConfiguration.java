package io.printflow.sandbox;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shared sandbox beans. */
@Configuration(proxyBeanMethods = false)
class SandboxConfiguration {

  /** The clock every vendor's lifecycle reads. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
