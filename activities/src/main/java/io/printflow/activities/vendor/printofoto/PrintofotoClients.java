package io.printflow.activities.vendor.printofoto;

import io.printflow.activities.artwork.ArtworkUploader;
import io.printflow.activities.vendor.VendorClients;
import io.printflow.activities.vendor.VendorConnection;
import io.printflow.activities.vendor.VendorErrorDecoder;
import java.net.URI;
import java.time.Clock;

/**
 * Builds Printofoto's clients: the JSON API through Feign and the multipart image upload through the
 * streaming uploader, both with the same credentials headers and the same error classification.
 */
public final class PrintofotoClients {

  private PrintofotoClients() {}

  public static PrintofotoApi api(VendorConnection connection, PrintofotoCredentials credentials) {
    return VendorClients.forVendor(PrintofotoOrderMapper.VENDOR, connection)
        .auth(credentials.interceptor())
        .errorDecoder(PrintofotoErrors.decoder(Clock.systemUTC()))
        .target(PrintofotoApi.class);
  }

  public static PrintofotoImages images(
      PrintofotoApi api, VendorConnection connection, PrintofotoCredentials credentials, LocalArtwork local) {
    VendorErrorDecoder errors = PrintofotoErrors.decoder("POST", Clock.systemUTC());
    var http = VendorClients.httpClient(connection);
    ArtworkUploader uploader = new ArtworkUploader(PrintofotoOrderMapper.VENDOR, http, errors, local.uploadTimeout());
    return new PrintofotoImages(api, uploader, URI.create(connection.base() + "/image"), credentials, http, local);
  }
}
