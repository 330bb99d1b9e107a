package io.printflow.starter.system;

import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckResponse;
import io.temporal.serviceclient.WorkflowServiceStubs;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the Temporal frontend answers its health check; the starter is ready only when it does,
 * since every call it takes goes there.
 */
@Component("temporal")
class TemporalHealthIndicator implements HealthIndicator {

  private final WorkflowServiceStubs service;

  TemporalHealthIndicator(WorkflowServiceStubs service) {
    this.service = service;
  }

  @Override
  public Health health() {
    try {
      HealthCheckResponse answer = service.healthCheck();
      return answer.getStatus() == HealthCheckResponse.ServingStatus.SERVING
          ? Health.up().withDetail("target", target()).build()
          : Health.down().withDetail("target", target()).withDetail("status", answer.getStatus().name()).build();
    } catch (StatusRuntimeException unreachable) {
      return Health.down().withDetail("target", target()).withDetail("status", unreachable.getStatus().getCode().name()).build();
    }
  }

  private String target() {
    String target = service.getOptions().getTarget();
    return target == null ? "in-process" : target;
  }
}
