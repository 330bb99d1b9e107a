package io.printflow.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every vendor's example order, as the README posts it, through the REST API to its terminal status
 * on a real Temporal dev server against the sandbox; and the paths where a vendor says no, loses an
 * answer or is asked to cancel.
 */
@ExtendWith(LocalStackExtension.class)
class EveryVendorSystemTest {

  private static final Duration WITHIN = Duration.ofSeconds(120);
  private static final Pattern REFERENCE = Pattern.compile("\"orderReference\"\\s*:\\s*\"([^\"]+)\"");

  @ParameterizedTest(name = "{0} reaches {1}")
  @CsvSource({
    "premiumprint-order.json, SHIPPED, premiumprint",
    "passion-graphic-order.json, SHIPPED, passion-graphic",
    "print-file-oms-order.json, PRINT_FILES_READY, print-file-oms",
    "box-reseller-order.json, SHIPPED, box-reseller",
    "printofoto-order.json, SHIPPED, printofoto",
    "print-file-oms-to-premiumprint-order.json, SHIPPED, print-file-oms premiumprint"
  })
  void anExampleOrderReachesItsTerminalStatusAndIsPlacedOnceAtEachVendor(String example, String expected, String vendors, LocalStack stack) {
    Orders orders = new Orders(stack);
    String order = fresh(stack, example, "SYS");
    String reference = Orders.referenceOf(order);

    LocalStack.Answer created = orders.post(order);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);

    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    assertThat(done.get("status").asText()).as("%s", done).isIn(expected, "SHIPPED".equals(expected) ? "DELIVERED" : expected);
    for (String vendor : vendors.split(" ")) {
      assertThat(orders.vendorOrders(vendor, reference)).as("%s orders for %s", vendor, reference).hasSize(1);
    }
    if (expected.equals("PRINT_FILES_READY")) {
      assertThat(done.get("items")).allSatisfy(item -> assertThat(item.get("printFileUrl").asText()).startsWith("http"));
    }
    if (vendors.contains(" ")) {
      assertThat(done.get("production").get("vendor").asText()).isEqualTo("premiumprint");
      assertThat(done.get("production").get("vendorOrderId").asText()).startsWith("PPO");
    }
  }

  @Test
  void artworkTheBoxResellersFileCheckRejectsFailsTheOrderNamingTheItem(LocalStack stack) {
    Orders orders = new Orders(stack);
    String order = fresh(stack, "box-reseller-order.json", "SYS-REJ");
    String reference = Orders.referenceOf(order);
    String firstItem = reference + "-1";
    order = order.replace("/samples/artwork/" + firstItem + ".pdf", "/samples/artwork/" + firstItem + "-reject.pdf");

    assertThat(orders.post(order).status()).isEqualTo(201);

    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    assertThat(done.get("status").asText()).isEqualTo("FAILED");
    assertThat(done.get("reason").asText()).startsWith("box-reseller rejected the artwork of item " + firstItem);
  }

  @Test
  void printFilesTheOmsFailsToRenderFailTheOrder(LocalStack stack) {
    Orders orders = new Orders(stack);
    String order = fresh(stack, "print-file-oms-order.json", "SYS-PFF").replace("\"note\": \"", "\"note\": \"sandbox:fail-print-file ");
    String reference = Orders.referenceOf(order);

    assertThat(orders.post(order).status()).isEqualTo(201);

    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    assertThat(done.get("status").asText()).isEqualTo("FAILED");
    assertThat(done.get("reason").asText()).contains(reference + "-1");
  }

  @Test
  void aLostAnswerAtAVendorWithoutLookUpIsResolvedByAnOperatorThroughTheApi(LocalStack stack) {
    Orders orders = new Orders(stack);
    assertThat(stack.post(stack.sandboxUrl("/admin/faults"),
        "[{\"vendor\":\"passion-graphic\",\"method\":\"POST\",\"path\":\"/orders\",\"kind\":\"COMMIT_THEN_DROP\",\"times\":1}]").status()).isEqualTo(200);
    String order = fresh(stack, "passion-graphic-order.json", "SYS-OPS");
    String reference = Orders.referenceOf(order);
    assertThat(orders.post(order).status()).isEqualTo(201);

    JsonNode stuck = orders.awaitStatus(reference, "NEEDS_OPERATOR", WITHIN);
    assertThat(stuck.get("status").asText()).isEqualTo("NEEDS_OPERATOR");
    JsonNode atVendor = orders.vendorOrders("passion-graphic", reference);
    assertThat(atVendor).hasSize(1);

    LocalStack.Answer resolved = stack.post(stack.starterUrl("/api/v1/orders/" + reference + "/resolution"),
        "{\"action\":\"ADOPT_VENDOR_ORDER\",\"vendorOrderId\":\"" + atVendor.get(0).asText() + "\",\"note\":\"found in the back office\"}");
    assertThat(resolved.status()).as("%s", resolved.body()).isEqualTo(200);

    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    assertThat(done.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(done.get("vendorOrderId").asText()).isEqualTo(atVendor.get(0).asText());
    assertThat(orders.vendorOrders("passion-graphic", reference)).hasSize(1);
  }

  @Test
  void anOrderCancelledThroughTheApiIsCancelledAtTheVendor(LocalStack stack) {
    Orders orders = new Orders(stack);
    String order = fresh(stack, "premiumprint-order.json", "SYS-CXL").replace("\"priceCeiling\"", "\"requireQuoteApproval\": true, \"priceCeiling\"");
    String reference = Orders.referenceOf(order);
    assertThat(orders.post(order).status()).isEqualTo(201);
    orders.awaitStatus(reference, "AWAITING_APPROVAL", WITHIN);
    assertThat(stack.post(stack.starterUrl("/api/v1/orders/" + reference + "/quote-approval"), "{\"approved\": true, \"reason\": \"ok\"}").status()).isEqualTo(200);
    orders.awaitStatus(reference, "PLACED", WITHIN);

    LocalStack.Answer cancelled = stack.post(stack.starterUrl("/api/v1/orders/" + reference + "/cancel"), "{\"reason\": \"customer changed their mind\"}");

    assertThat(cancelled.status()).as("%s", cancelled.body()).isIn(200, 409);
    JsonNode done = orders.awaitTerminal(reference, WITHIN);
    if (cancelled.status() == 200) {
      assertThat(done.get("status").asText()).isEqualTo("CANCELLED");
      String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("sandbox-store:sandbox-premiumprint-key".getBytes());
      JsonNode atVendor = stack.get(stack.sandboxUrl("/premiumprint/api/beta/orders/" + done.get("vendorOrderId").asText()), "Authorization", basic).body();
      assertThat(atVendor.get("data").get("status").asText()).isEqualTo("CANCELLED");
    } else {
      // The sandbox's order moved into production first: the vendor refused, and the order shipped.
      assertThat(cancelled.body().get("detail").asText()).contains("can no longer be cancelled");
      assertThat(done.get("status").asText()).isEqualTo("SHIPPED");
    }
  }

  private static String fresh(LocalStack stack, String example, String prefix) {
    String json = stack.example(example);
    Matcher reference = REFERENCE.matcher(json);
    assertThat(reference.find()).isTrue();
    return Orders.withFreshReference(json, reference.group(1), prefix);
  }
}
