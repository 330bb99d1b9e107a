package io.printflow.sandbox.printofoto;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's Printofoto account: its {@code api_key} and {@code api_secret}, and how long a
 * validated order stays in each state before the next (validated, awaiting print, printed, shipped;
 * delivered is final).
 */
@ConfigurationProperties("sandbox.vendors.printofoto")
public record PrintofotoSandboxProperties(
    @DefaultValue("sandbox-printofoto-key") String apiKey,
    @DefaultValue("sandbox-printofoto-secret") String apiSecret,
    @DefaultValue("5s") Duration validated,
    @DefaultValue("5s") Duration awaitingPrint,
    @DefaultValue("5s") Duration printed,
    @DefaultValue("5s") Duration shipped) {}
