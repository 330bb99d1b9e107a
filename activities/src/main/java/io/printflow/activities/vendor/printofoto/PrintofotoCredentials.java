package io.printflow.activities.vendor.printofoto;

import feign.RequestInterceptor;
import java.util.Map;
import java.util.Objects;

/**
 * The two headers every Printofoto request carries, {@code api_key} and {@code api_secret}, named
 * with underscores exactly as documented (some proxies drop such headers; ours are sent as is).
 */
public record PrintofotoCredentials(String apiKey, String apiSecret) {

  static final String KEY_HEADER = "api_key";
  static final String SECRET_HEADER = "api_secret";

  public PrintofotoCredentials {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(apiSecret, "apiSecret");
  }

  Map<String, String> headers() {
    return Map.of(KEY_HEADER, apiKey, SECRET_HEADER, apiSecret);
  }

  /** Adds the headers to Feign requests literally: a brace in a secret is not a template. */
  RequestInterceptor interceptor() {
    return template -> headers().forEach(template::headerLiteral);
  }

  @Override
  public String toString() {
    return "PrintofotoCredentials[apiKey=***, apiSecret=***]";
  }
}
