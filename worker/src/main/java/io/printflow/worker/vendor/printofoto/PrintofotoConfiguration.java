package io.printflow.worker.vendor.printofoto;

import io.printflow.activities.vendor.VendorConnection;
import io.printflow.activities.vendor.printofoto.LocalArtwork;
import io.printflow.activities.vendor.printofoto.PrintofotoActivities;
import io.printflow.activities.vendor.printofoto.PrintofotoApi;
import io.printflow.activities.vendor.printofoto.PrintofotoClients;
import io.printflow.activities.vendor.printofoto.PrintofotoCredentials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Printofoto's clients and activities; the bean name is what {@code spring.temporal.workers} registers. */
@Configuration(proxyBeanMethods = false)
class PrintofotoConfiguration {

  @Bean
  PrintofotoActivities printofotoActivities(PrintofotoProperties properties) {
    VendorConnection connection = properties.tuning().connection(properties.baseUrl());
    PrintofotoCredentials credentials = new PrintofotoCredentials(properties.apiKey(), properties.apiSecret());
    PrintofotoApi api = PrintofotoClients.api(connection, credentials);
    LocalArtwork local = new LocalArtwork(properties.artworkDirectories(), properties.maxArtworkSize().toBytes(), properties.uploadTimeout());
    return new PrintofotoActivities(api, PrintofotoClients.images(api, connection, credentials, local), properties.tuning().timings());
  }
}
