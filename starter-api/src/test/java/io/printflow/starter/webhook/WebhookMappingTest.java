package io.printflow.starter.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.printflow.starter.Webhooks;
import io.printflow.workflows.order.model.FulfillmentStatus;
import io.printflow.workflows.order.model.ShipmentTracking;
import io.printflow.workflows.vendor.VendorItemStatus;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Each vendor's payloads, read liberally, and what they map to. */
class WebhookMappingTest {

  private final VendorWebhook premiumprint = webhook("premiumprint");
  private final VendorWebhook printFileOms = webhook("print-file-oms");

  private static WebhookPayload payload(String json) {
    return WebhookPayload.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void premiumprintsShipmentSentAsTheSandboxSendsIt() {
    WebhookEvent event = premiumprint.read(payload(Webhooks.shipmentSent("SHOP-1001", "PPO17")));

    assertThat(event).isEqualTo(new WebhookEvent.OrderNews("SHOP-1001", new VendorOrderSnapshot("PPO17", FulfillmentStatus.SHIPPED,
        "FULFILLED", "Premiumprint: shipment sent", List.of(),
        List.of(new ShipmentTracking("GLS", "1Z1001", "https://tracking.sandbox.invalid/GLS/1Z1001", "2026-01-01 11:00:00", List.of("101", "102"))))));
  }

  @Test
  void premiumprintsItemsKeyedByIdAndNumbersAsStrings() {
    String keyed = "{\"type\":\"shipment_sent\",\"data\":{\"shipment\":{\"shipping_method\":\"DHL\",\"tracking_number\":123456,"
        + "\"items\":{\"10\":{\"item_id\":\"10\",\"quantity\":\"1\"},\"11\":{\"item_id\":11,\"quantity\":2}}},"
        + "\"order\":{\"id\":10001111,\"external_id\":\"EX101999\",\"status\":\"FULFILLED\",\"invoice\":{},\"unknown_field\":true}},\"extra\":1}";

    WebhookEvent.OrderNews news = (WebhookEvent.OrderNews) premiumprint.read(payload(keyed));

    assertThat(news.orderReference()).isEqualTo("EX101999");
    assertThat(news.update().vendorOrderId()).isEqualTo("10001111");
    assertThat(news.update().shipments()).containsExactly(new ShipmentTracking("DHL", "123456", null, null, List.of("10", "11")));
  }

  @Test
  void premiumprintsShippingMethodAsTheOrderResourceWritesIt() {
    String body = Webhooks.shipmentSent("SHOP-1001", "PPO17").replace("\"shipping_method\":\"GLS\",\"tracking_number\"",
        "\"shipping_method\":{\"code\":\"EXPRESS\",\"name\":\"Express\"},\"tracking_number\"");

    WebhookEvent.OrderNews news = (WebhookEvent.OrderNews) premiumprint.read(payload(body));

    assertThat(news.update().shipments()).extracting(ShipmentTracking::carrier).containsExactly("EXPRESS");
  }

  @Test
  void premiumprintsOtherEventsAreIgnored() {
    assertThat(premiumprint.read(payload("{\"type\":\"order_created\",\"data\":[]}"))).isInstanceOf(WebhookEvent.Ignored.class);
  }

  @Test
  void premiumprintWithoutTheFieldsItNeedsNamesThem() {
    assertThatThrownBy(() -> premiumprint.read(payload("{\"data\":{}}")))
        .isInstanceOf(UnreadableWebhookException.class).hasMessageContaining("type");
    assertThatThrownBy(() -> premiumprint.read(payload("{\"type\":\"shipment_sent\",\"data\":[]}")))
        .isInstanceOfSatisfying(UnreadableWebhookException.class,
            e -> assertThat(e.getBody().getDetail()).isEqualTo("data.order.external_id: is required"));
    assertThatThrownBy(() -> premiumprint.read(payload(
        "{\"type\":\"shipment_sent\",\"data\":{\"order\":{\"external_id\":\"X\"},\"shipment\":{\"items\":[{\"quantity\":1}]}}}")))
        .isInstanceOfSatisfying(UnreadableWebhookException.class,
            e -> assertThat(e.getBody().getDetail()).isEqualTo("data.shipment.items[0].item_id: is required"));
  }

  @Test
  void printFileReadyAndFailed() {
    assertThat(printFileOms.read(payload(Webhooks.printFile("SHOP-7", "mug", true)))).isEqualTo(new WebhookEvent.OrderNews("SHOP-7",
        new VendorOrderSnapshot(null, null, null, null, List.of(new VendorItemStatus("mug", null, FulfillmentStatus.PRINT_FILES_READY, "ready",
            "https://files.sandbox.invalid/print/SHOP-7-mug.pdf", "Print-file OMS: print file ready")), List.of())));
    assertThat(printFileOms.read(payload(Webhooks.printFile("SHOP-7", "a~b", false)))).isEqualTo(new WebhookEvent.OrderNews("SHOP-7",
        new VendorOrderSnapshot(null, null, null, null, List.of(new VendorItemStatus("a~b", null, FulfillmentStatus.FAILED, "processingfailed",
            null, "Print-file OMS: print file processing failed")), List.of())));
  }

  @Test
  void theDocumentsOwnPrintFileObjectIsReadWithoutAnEvent() {
    // print-file-oms.txt's print-file answer, as an OMS that knows no other shape would post it.
    String ready = "{\"ecommerce_order_item_id\":\"SHOP-8~poster\",\"status\":\"ready\",\"url\":\"https://files.example/p.pdf\"}";
    assertThat(printFileOms.read(payload(ready))).isEqualTo(new WebhookEvent.OrderNews("SHOP-8",
        new VendorOrderSnapshot(null, null, null, null, List.of(new VendorItemStatus("poster", null, FulfillmentStatus.PRINT_FILES_READY, "ready",
            "https://files.example/p.pdf", "Print-file OMS: print file ready")), List.of())));
    String failed = "{\"ecommerce_order_item_id\":\"SHOP-8~poster\",\"status\":\"processingfailed\",\"url\":null}";
    assertThat(printFileOms.read(payload(failed))).isInstanceOfSatisfying(WebhookEvent.OrderNews.class,
        news -> assertThat(news.update().items()).extracting(VendorItemStatus::status).containsExactly(FulfillmentStatus.FAILED));
    assertThat(printFileOms.read(payload("{\"ecommerce_order_item_id\":\"SHOP-8~poster\",\"status\":\"processing\"}")))
        .isInstanceOf(WebhookEvent.Ignored.class);
    assertThatThrownBy(() -> printFileOms.read(payload("{\"ecommerce_order_item_id\":\"poster\",\"status\":\"ready\",\"url\":\"u\"}")))
        .isInstanceOf(UnreadableWebhookException.class).hasMessageContaining("ecommerce_order_item_id");
  }

  @Test
  void printFileEventsThatAreNotFinalAreIgnoredAndContradictionsRefused() {
    assertThat(printFileOms.read(payload("{\"event\":\"print_file.processing\",\"ecommerce_order_id\":\"S\"}"))).isInstanceOf(WebhookEvent.Ignored.class);
    assertThatThrownBy(() -> printFileOms.read(payload(Webhooks.printFile("S", "i", true).replace("\"status\":\"ready\"", "\"status\":\"processingfailed\""))))
        .isInstanceOf(UnreadableWebhookException.class).hasMessageContaining("status");
    assertThatThrownBy(() -> printFileOms.read(payload(Webhooks.printFile("S", "i", true).replace("S~i", "S-i"))))
        .isInstanceOf(UnreadableWebhookException.class).hasMessageContaining("ecommerce_order_item_id");
  }

  @Test
  void aPayloadThatIsNotAnObjectIsUnreadable() {
    assertThatThrownBy(() -> payload("[1,2]")).isInstanceOf(UnreadableWebhookException.class);
    assertThatThrownBy(() -> payload("")).isInstanceOf(UnreadableWebhookException.class);
    assertThatThrownBy(() -> payload("{\"a\":")).isInstanceOf(UnreadableWebhookException.class);
  }

  /** The vendor's mapping as the application finds it: one component per vendor in webhook/<vendor>/. */
  private static VendorWebhook webhook(String vendor) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(VendorWebhook.class));
    return scanner.findCandidateComponents("io.printflow.starter.webhook").stream()
        .map(definition -> {
          try {
            var constructor = Class.forName(definition.getBeanClassName()).getDeclaredConstructor();
            constructor.setAccessible(true);
            return (VendorWebhook) constructor.newInstance();
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        })
        .filter(webhook -> webhook.vendor().equals(vendor))
        .findFirst()
        .orElseThrow();
  }
}
