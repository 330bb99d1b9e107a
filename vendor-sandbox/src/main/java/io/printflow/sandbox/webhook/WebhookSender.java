package io.printflow.sandbox.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends vendors' webhooks: signed, at the time an order's lifecycle reaches the event, and again with
 * backoff until the receiver answers 2xx or the attempts run out. Every attempt of one delivery
 * carries the same {@code X-Webhook-Id}.
 */
@Component
public class WebhookSender {

  private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

  private final ObjectMapper json;
  private final WebhookProperties properties;
  private final HttpClient http;
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
    Thread thread = new Thread(r, "sandbox-webhooks");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong delivered = new AtomicLong();

  public WebhookSender(ObjectMapper json, WebhookProperties properties) {
    this.json = json;
    this.properties = properties;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.timeout()).build();
  }

  /**
   * At {@code delay} from now, asks {@code event} for the payload (null when the order no longer
   * qualifies, e.g. it was cancelled meanwhile) and delivers it.
   */
  public void schedule(String vendor, WebhookTarget target, Duration delay, Supplier<Object> event) {
    if (!target.enabled()) {
      return;
    }
    scheduler.schedule(
        () -> {
          Object payload = event.get();
          if (payload != null) {
            send(vendor, target, payload);
          } else {
            log.debug("{} webhook no longer due; not sent", vendor);
          }
        },
        Math.max(0, delay.toNanos()),
        TimeUnit.NANOSECONDS);
  }

  public void send(String vendor, WebhookTarget target, Object payload) {
    if (!target.enabled()) {
      return;
    }
    byte[] body;
    try {
      body = json.writeValueAsBytes(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("webhook payload does not serialise", e);
    }
    attempt(vendor, target, body, UUID.randomUUID().toString(), 1);
  }

  /** Webhooks the receivers accepted, for tests. */
  public long delivered() {
    return delivered.get();
  }

  private void attempt(String vendor, WebhookTarget target, byte[] body, String deliveryId, int attempt) {
    HttpRequest request =
        HttpRequest.newBuilder(target.url())
            .timeout(properties.timeout())
            .header("Content-Type", "application/json")
            .header("X-Webhook-Id", deliveryId)
            .header(WebhookSignature.HEADER, WebhookSignature.sign(target.secret() == null ? "" : target.secret(), body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, error) -> {
              if (error == null && response.statusCode() / 100 == 2) {
                delivered.incrementAndGet();
                log.info("{} webhook {} delivered (attempt {})", vendor, deliveryId, attempt);
                return;
              }
              String why = error != null ? error.getClass().getSimpleName() : "HTTP " + response.statusCode();
              if (attempt >= properties.maxAttempts()) {
                log.warn("{} webhook {} abandoned after {} attempts: {}", vendor, deliveryId, attempt, why);
                return;
              }
              Duration backoff = backoff(attempt);
              log.info("{} webhook {} failed ({}); retrying in {}", vendor, deliveryId, why, backoff);
              scheduler.schedule(() -> attempt(vendor, target, body, deliveryId, attempt + 1), backoff.toMillis(), TimeUnit.MILLISECONDS);
            });
  }

  private Duration backoff(int attempt) {
    Duration next = properties.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    return next.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : next;
  }

  @PreDestroy
  void stop() {
    scheduler.shutdownNow();
  }
}
