package io.printflow.starter.system;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The front door's settings.
 *
 * @param keys the API keys callers present in {@code X-API-Key}; none means the API is open (local use)
 * @param maxBodySize the largest request body accepted; a larger one is answered 413 unread
 * @param updateWait how long a cancel, quote approval or resolution waits for the order's answer
 *     before it answers 202 and lets the order finish on its own
 * @param temporalRetryWindow how long a call to an unreachable Temporal is retried before the caller
 *     gets 503 (the SDK's own default, a minute, outlasts most HTTP clients' patience)
 */
@ConfigurationProperties("printflow.api")
public record ApiProperties(
    @DefaultValue List<String> keys,
    @DefaultValue("256KB") DataSize maxBodySize,
    @DefaultValue("10s") Duration updateWait,
    @DefaultValue("10s") Duration temporalRetryWindow) {

  public ApiProperties {
    keys = keys == null ? List.of() : keys.stream().filter(key -> key != null && !key.isBlank()).map(String::strip).toList();
  }

  @Override
  public String toString() {
    // Records print every field; keys must never reach a log.
    return "ApiProperties[keys=" + keys.size() + " configured, maxBodySize=" + maxBodySize + ", updateWait=" + updateWait
        + ", temporalRetryWindow=" + temporalRetryWindow + "]";
  }
}
