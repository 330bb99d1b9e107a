package io.printflow.activities.vendor;

import feign.Feign;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.Encoder;
import feign.codec.ErrorDecoder;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import feign.slf4j.Slf4jLogger;
import io.printflow.workflows.vendor.VendorError;
import io.printflow.workflows.vendor.VendorFailure;
import io.temporal.failure.ApplicationFailure;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

/**
 * Builds a vendor's Feign client the one way we allow: explicit timeouts, no retries of its own
 * (Temporal's activity retry is the only retry layer), errors mapped by the vendor's decoder, and
 * transport failures (timeouts, refused or dropped connections, unreadable answers) turned into
 * {@link VendorFailure#UNAVAILABLE}.
 *
 * <p>The transport is {@code java.net.http}: unlike {@code HttpURLConnection}, it never resends a
 * POST on its own after a dropped connection, which could place an order twice.
 */
public final class VendorClients {

  private final String vendor;
  private final VendorConnection connection;
  private RequestInterceptor auth = template -> {};
  private Encoder encoder = new JacksonEncoder(VendorJson.mapper());
  private ErrorDecoder errorDecoder;

  private VendorClients(String vendor, VendorConnection connection) {
    this.vendor = vendor;
    this.connection = connection;
    this.errorDecoder = new VendorErrorDecoder(vendor);
  }

  public static VendorClients forVendor(String vendor, VendorConnection connection) {
    return new VendorClients(vendor, connection);
  }

  public VendorClients auth(RequestInterceptor interceptor) {
    this.auth = interceptor;
    return this;
  }

  public VendorClients encoder(Encoder bodyEncoder) {
    this.encoder = bodyEncoder;
    return this;
  }

  public VendorClients errorDecoder(ErrorDecoder decoder) {
    this.errorDecoder = decoder;
    return this;
  }

  /** The HTTP client every call of this vendor goes through; also used for streaming uploads. */
  public static HttpClient httpClient(VendorConnection connection) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connection.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public <T> T target(Class<T> api) {
    T client =
        Feign.builder()
            .client(new Http2Client(httpClient(connection)))
            .options(
                new Request.Options(
                    connection.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                    connection.readTimeout().toMillis(), TimeUnit.MILLISECONDS,
                    false))
            .retryer(Retryer.NEVER_RETRY)
            .encoder(encoder)
            .decoder(new JacksonDecoder(VendorJson.mapper()))
            .errorDecoder(errorDecoder)
            .requestInterceptor(auth)
            .logger(new Slf4jLogger(api))
            // BASIC: method, URL, status and time; never headers, where the credentials are.
            .logLevel(Logger.Level.BASIC)
            .target(api, connection.base());
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, transportFailures(client)));
  }

  private InvocationHandler transportFailures(Object client) {
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(client, args);
      }
      try {
        return method.invoke(client, args);
      } catch (InvocationTargetException invocation) {
        Throwable cause = invocation.getCause();
        if (cause instanceof FeignException feign && !(cause instanceof ApplicationFailure)) {
          throw unavailable(method.getName(), feign);
        }
        throw cause;
      }
    };
  }

  private ApplicationFailure unavailable(String operation, FeignException failure) {
    String what = failure.getCause() != null ? failure.getCause().getClass().getSimpleName() : failure.getClass().getSimpleName();
    String message = failure.status() > 0
        ? "unreadable answer (HTTP " + failure.status() + ")"
        : "no answer: " + what;
    // Name the call as decoded errors do (POST /path); the Java method only when Feign kept no request.
    String call = failure.request() != null
        ? failure.request().httpMethod().name() + " " + VendorErrorDecoder.pathOf(failure.request().url())
        : operation;
    VendorError error = new VendorError(vendor, call, Math.max(failure.status(), 0), null, message);
    // The cause's own message can quote the request; the failure keeps only our description.
    return VendorFailure.unavailable(error, null);
  }
}
