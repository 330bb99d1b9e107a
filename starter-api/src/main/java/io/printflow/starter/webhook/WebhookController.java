package io.printflow.starter.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.printflow.starter.order.OrderNotFoundException;
import io.printflow.starter.system.ApiException;
import io.printflow.workflows.vendor.VendorProfiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vendors' webhooks: authenticated by signature, mapped by the vendor's {@link VendorWebhook}, and
 * delivered to the order as a signal before they are answered.
 */
@RestController
@Tag(name = "Webhooks", description = "Vendors report progress; signed with the vendor's shared secret, or carrying it as a URL token")
class WebhookController {

  private static final Logger log = LoggerFactory.getLogger(WebhookController.class);
  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private final Map<String, VendorWebhook> webhooks;
  private final WebhookSignatures signatures;
  private final VendorNews news;
  private final MeterRegistry meters;

  WebhookController(List<VendorWebhook> webhooks, WebhookSignatures signatures, VendorNews news, MeterRegistry meters) {
    this.webhooks = webhooks.stream().collect(Collectors.toUnmodifiableMap(VendorWebhook::vendor, Function.identity()));
    this.signatures = signatures;
    this.news = news;
    this.meters = meters;
    this.webhooks.keySet().forEach(vendor -> {
      if (VendorProfiles.byId(vendor).isEmpty()) {
        throw new IllegalStateException("a webhook for an unknown vendor: " + vendor);
      }
      if (!signatures.configured(vendor)) {
        log.warn("No webhook secret for {} (printflow.webhooks.{}.secret): its webhooks are refused with 401", vendor, vendor);
      }
    });
  }

  @Operation(summary = "Receive a vendor's webhook",
      description = "Authenticated by `X-Webhook-Signature: sha256=<hex HMAC-SHA256 of the raw body>` under the vendor's shared secret,"
          + " or, for a vendor that can be given only a URL, by the secret as the `token` query parameter."
          + " Answers 2xx only once the news is durably with the order; a repeated delivery is harmless and answered 200 again.")
  @ApiResponse(responseCode = "200", description = "Delivered to the order, or ignored (an event no order acts on, or a finished order); see `outcome`")
  @ApiResponse(responseCode = "400", description = "The payload cannot be mapped; `errors` names the field", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "Missing or wrong signature and token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "The vendor sends no webhooks, or no order has the reference", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(path = "/api/v1/webhooks/{vendor}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  WebhookReceipt receive(
      @Parameter(description = "the vendor id: premiumprint or print-file-oms") @PathVariable String vendor,
      @Parameter(hidden = true) @RequestHeader(name = WebhookSignatures.HEADER, required = false) String signature,
      @Parameter(description = "the vendor's webhook secret, for a vendor that cannot sign (set in the webhook URL you give it)")
          @RequestParam(name = "token", required = false) String token,
      @RequestBody(required = false) byte[] body) {
    VendorWebhook webhook = webhooks.get(vendor);
    if (webhook == null) {
      throw count(vendor, "no-webhooks", new ApiException(HttpStatus.NOT_FOUND, "no-webhooks", "No webhooks from this vendor",
          "printflow receives webhooks from " + webhooks.keySet().stream().sorted().toList() + " only"));
    }
    if (!signatures.authentic(vendor, body, signature, token)) {
      throw count(vendor, "unauthorized", new ApiException(HttpStatus.UNAUTHORIZED, "invalid-signature", "Invalid signature",
          "the " + WebhookSignatures.HEADER + " header is missing or does not sign this body with " + vendor
              + "'s webhook secret, and no token parameter carries that secret"));
    }
    WebhookEvent event;
    try {
      event = webhook.read(WebhookPayload.parse(body));
    } catch (UnreadableWebhookException unreadable) {
      throw count(vendor, "unreadable", unreadable);
    }
    if (event instanceof WebhookEvent.Ignored ignored) {
      count(vendor, "ignored", null);
      return WebhookReceipt.ignored(null, ignored.reason());
    }
    WebhookEvent.OrderNews orderNews = (WebhookEvent.OrderNews) event;
    String reference = orderNews.orderReference();
    return switch (news.deliver(vendor, reference, orderNews.update())) {
      case DELIVERED -> {
        count(vendor, "delivered", null);
        log.info("{} webhook delivered to order {}", vendor, reference);
        yield WebhookReceipt.delivered(reference);
      }
      case ORDER_FINISHED -> {
        count(vendor, "finished-order", null);
        yield WebhookReceipt.ignored(reference, "the order has finished; its final state stands");
      }
      case UNKNOWN_ORDER -> throw count(vendor, "unknown-order", new OrderNotFoundException(reference));
    };
  }

  private <E extends RuntimeException> E count(String vendor, String outcome, E failure) {
    meters.counter("printflow.webhooks", "vendor", webhooks.containsKey(vendor) ? vendor : "other", "outcome", outcome).increment();
    return failure;
  }
}
