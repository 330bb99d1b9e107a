package io.printflow.sandbox.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the sandbox retries a webhook its receiver did not take. */
@ConfigurationProperties("sandbox.webhooks")
public record WebhookProperties(
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("500ms") Duration initialBackoff,
    @DefaultValue("30s") Duration maxBackoff,
    @DefaultValue("5s") Duration timeout) {}
