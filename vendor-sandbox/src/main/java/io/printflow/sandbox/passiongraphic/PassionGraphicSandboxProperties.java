package io.printflow.sandbox.passiongraphic;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's Passion Graphic account: its API key ({@code x-api-key}) and how long an order stays
 * created, in production, and shipped before it completes.
 */
@ConfigurationProperties("sandbox.vendors.passion-graphic")
public record PassionGraphicSandboxProperties(
    @DefaultValue("sandbox-passion-graphic-key") String apiKey,
    @DefaultValue("5s") Duration orderCreated,
    @DefaultValue("5s") Duration inProduction,
    @DefaultValue("5s") Duration shipped) {}
