package io.printflow.sandbox.boxreseller;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The sandbox's box reseller account: its access token, how long each stage lasts (payment, file
 * check, production), and the largest artwork it takes.
 */
@ConfigurationProperties("sandbox.vendors.box-reseller")
public record BoxResellerSandboxProperties(
    @DefaultValue("sandbox-box-reseller-token") String token,
    @DefaultValue("5s") Duration payment,
    @DefaultValue("5s") Duration fileCheck,
    @DefaultValue("5s") Duration inProcessing,
    @DefaultValue("500MB") DataSize maxArtworkSize) {}
