package io.printflow.sandbox.fault;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Faults active from start-up ({@code sandbox.faults[n].vendor}, {@code .kind}, ...). */
@ConfigurationProperties("sandbox")
public record FaultProperties(List<FaultRule> faults) {

  public FaultProperties {
    faults = faults == null ? List.of() : List.copyOf(faults);
  }
}
