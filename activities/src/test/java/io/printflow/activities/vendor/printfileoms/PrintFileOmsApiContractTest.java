package io.printflow.activities.vendor.printfileoms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.printfileoms.PrintFileOmsTestOrders.STORE;
import static io.printflow.activities.vendor.printfileoms.PrintFileOmsTestOrders.TOKEN;
import static io.printflow.activities.vendor.printfileoms.PrintFileOmsTestOrders.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.printfileoms.dto.CreateOrderRequest;
import io.printflow.activities.vendor.printfileoms.dto.Deletion;
import io.printflow.activities.vendor.printfileoms.dto.Order;
import io.printflow.activities.vendor.printfileoms.dto.PrintFile;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every endpoint the client uses, replaying the document's own examples. */
class PrintFileOmsApiContractTest {

  @RegisterExtension
  static WireMockExtension oms = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private PrintFileOmsApi api;

  @BeforeEach
  void client() {
    api = PrintFileOmsTestOrders.api(oms.baseUrl(), Duration.ofSeconds(5));
  }

  @Test
  void createOrderPostsTheDocumentedFieldsWithBearerAuthAndReadsTheCreatedOrder() {
    oms.stubFor(post("/api/v1/orders").willReturn(okJson(example("create-order-response.json"))));

    CreateOrderRequest request = PrintFileOmsOrderMapper.createRequest(PrintFileOmsTestOrders.order(), STORE);
    Order created = api.createOrder(request);

    oms.verify(
        postRequestedFor(urlEqualTo("/api/v1/orders"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(example("create-order-request.json"), false, false)));
    assertThat(created.uid()).isEqualTo("ORDER_UID");
    assertThat(created.ecommerceOrderId()).isEqualTo("ORD-001");
    assertThat(created.items()).containsExactly(new Order.Item("ORDER_ITEM_UID", "ORD_ITEM-001"));
  }

  @Test
  void getOrderSendsTheStoreIdAsQueryParameter() {
    oms.stubFor(get(urlPathEqualTo("/api/v1/orders/ORDER_UID")).willReturn(okJson(example("create-order-response.json"))));

    Order order = api.order("ORDER_UID", STORE);

    oms.verify(
        getRequestedFor(urlEqualTo("/api/v1/orders/ORDER_UID?store_id=" + STORE))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Accept", equalTo("application/json")));
    assertThat(order.uid()).isEqualTo("ORDER_UID");
    assertThat(order.ecommerceOrderId()).isEqualTo("ORD-001");
    assertThat(order.items()).extracting(Order.Item::ecommerceOrderItemId).containsExactly("ORD_ITEM-001");
  }

  @Test
  void printFileStatusReadsEachDocumentedExample() {
    oms.stubFor(get(urlPathEqualTo("/api/v1/order-items/ITEM-001/print")).willReturn(okJson(example("print-file-ready.json"))));
    oms.stubFor(get(urlPathEqualTo("/api/v1/order-items/ITEM-002/print")).willReturn(okJson(example("print-file-processing.json"))));
    oms.stubFor(get(urlPathEqualTo("/api/v1/order-items/ITEM-003/print")).willReturn(okJson(example("print-file-processingfailed.json"))));

    assertThat(api.printFile("ITEM-001", STORE)).isEqualTo(new PrintFile("ITEM-001", "ready", "https://example.com/print-files/ITEM-001.pdf"));
    assertThat(api.printFile("ITEM-002", STORE)).isEqualTo(new PrintFile("ITEM-002", "processing", null));
    assertThat(api.printFile("ITEM-003", STORE)).isEqualTo(new PrintFile("ITEM-003", "processingfailed", null));

    oms.verify(
        getRequestedFor(urlEqualTo("/api/v1/order-items/ITEM-001/print?store_id=" + STORE))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void printFileStatusKeepsOurItemIdSeparatorInThePath() {
    oms.stubFor(get(urlPathEqualTo("/api/v1/order-items/SHOP-2001~SHOP-2001-1/print")).willReturn(okJson(example("print-file-ready.json"))));

    api.printFile("SHOP-2001~SHOP-2001-1", STORE);

    oms.verify(getRequestedFor(urlEqualTo("/api/v1/order-items/SHOP-2001~SHOP-2001-1/print?store_id=" + STORE)));
  }

  @Test
  void deleteOrderReadsTheDocumentedConfirmation() {
    oms.stubFor(delete(urlPathEqualTo("/api/v1/orders/ORDER_UID")).willReturn(okJson(example("delete-order-response.json"))));

    Deletion deletion = api.deleteOrder("ORDER_UID", STORE);

    oms.verify(
        deleteRequestedFor(urlEqualTo("/api/v1/orders/ORDER_UID?store_id=" + STORE))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    assertThat(deletion).isEqualTo(new Deletion("Order successfully deleted", "ORDER_UID"));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }
}
