package io.printflow.activities.vendor.passiongraphic;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.API_KEY;
import static io.printflow.activities.vendor.passiongraphic.PassionGraphicExamples.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.passiongraphic.dto.ChosenOption;
import io.printflow.activities.vendor.passiongraphic.dto.CreateOrderRequest;
import io.printflow.activities.vendor.passiongraphic.dto.CreatedOrder;
import io.printflow.activities.vendor.passiongraphic.dto.Order;
import io.printflow.activities.vendor.passiongraphic.dto.OrderStatuses;
import io.printflow.activities.vendor.passiongraphic.dto.PriceBreakdown;
import io.printflow.activities.vendor.passiongraphic.dto.Product;
import io.printflow.activities.vendor.passiongraphic.dto.QuoteRequest;
import io.printflow.activities.vendor.passiongraphic.dto.QuoteResponse;
import io.printflow.activities.vendor.passiongraphic.dto.ShippingAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays the document's own examples, endpoint by endpoint: the method and path, the API key header,
 * the body sent, and what the DTOs hold after reading the answer.
 */
class PassionGraphicApiTest {

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private PassionGraphicApi api() {
    return PassionGraphicExamples.api(vendor.baseUrl() + "/v1");
  }

  @Test
  void readsAProductWithItsOptionsAndDefinedQuantities() {
    vendor.stubFor(get("/v1/products/497f6eca-6276-4993-bfeb-53cbbbba6f08").willReturn(okJson(json("product.json"))));

    Product product = api().product("497f6eca-6276-4993-bfeb-53cbbbba6f08");

    vendor.verify(getRequestedFor(urlEqualTo("/v1/products/497f6eca-6276-4993-bfeb-53cbbbba6f08"))
        .withHeader("x-api-key", equalTo(API_KEY))
        .withHeader("Accept", equalTo("application/json")));
    assertThat(product.id()).isEqualTo("497f6eca-6276-4993-bfeb-53cbbbba6f08");
    assertThat(product.label()).isEqualTo("Roll-up 85 x 200 cm");
    assertThat(product.definedQuantities()).containsExactly(10);
    assertThat(product.options()).hasSize(1);
    Product.Option lamination = product.options().get(0);
    assertThat(lamination.id()).isEqualTo("497f6eca-6276-4993-bfeb-53cbbbba6f08");
    assertThat(lamination.label()).isEqualTo("Lamination");
    assertThat(lamination.isMandatory()).isTrue();
    assertThat(lamination.values()).hasSize(1);
    assertThat(lamination.values().get(0).label()).containsExactly("Glossy");
    assertThat(lamination.values().get(0).key()).containsExactly("lamination_glossy");
    assertThat(lamination.offers("lamination_glossy")).isTrue();
    assertThat(lamination.offers("lamination_matte")).isFalse();
  }

  @Test
  void readsOptionValuesGivenAsPlainStringsToo() {
    vendor.stubFor(get("/v1/products/p1").willReturn(okJson(
        "{\"id\":\"p1\",\"definedQuantities\":[\"5\"],\"options\":[{\"id\":\"o1\",\"mandatory\":\"true\",\"values\":[{\"label\":\"Matte\",\"key\":\"matte\"}]}]}")));

    Product product = api().product("p1");

    assertThat(product.definedQuantities()).containsExactly(5);
    assertThat(product.options().get(0).isMandatory()).isTrue();
    assertThat(product.options().get(0).keys()).containsExactly("matte");
  }

  @Test
  void sendsTheQuoteExampleAndReadsItsAnswer() throws Exception {
    vendor.stubFor(post("/v1/quote").willReturn(okJson(json("quote-response.json"))));
    QuoteRequest request = VendorJson.mapper().readValue(json("quote-request.json"), QuoteRequest.class);

    QuoteResponse answer = api().quote(request);

    vendor.verify(postRequestedFor(urlEqualTo("/v1/quote"))
        .withHeader("x-api-key", equalTo(API_KEY))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson(json("quote-request.json"), false, false)));
    assertThat(answer.items()).hasSize(1);
    QuoteResponse.QuotedItem item = answer.items().get(0);
    assertThat(item.productId()).isEqualTo("dcd53ddb-8104-4e48-8cc0-5df1088c6113");
    assertThat(item.quantity()).isEqualTo(10);
    assertThat(item.options()).containsExactly(new ChosenOption("dee15a0e-f1fe-4cd8-88ac-c090810707f8", "Full_Colour_Print_2_Sided"));
    assertThat(item.productionDelay()).isEqualTo(1);
    assertThat(item.price().base()).isEqualByComparingTo("50");
    assertThat(item.price().taxes().rate()).isEqualByComparingTo("20");
    assertThat(item.price().taxes().amount()).isEqualByComparingTo("10");
    assertThat(item.price().total()).isEqualByComparingTo("60");
    assertThat(answer.costSummary().items()).isEqualTo(new PriceBreakdown(new BigDecimal("50"), new BigDecimal("10"), new BigDecimal("60")));
    assertThat(answer.costSummary().total()).isEqualByComparingTo("60");
    assertThat(answer.costSummary().currency()).isEqualTo("EUR");
  }

  @Test
  void sendsTheCreateOrderExampleFieldForField() throws Exception {
    vendor.stubFor(post("/v1/orders").willReturn(okJson(json("create-order-response.json"))));
    CreateOrderRequest request = VendorJson.mapper().readValue(json("create-order-request.json"), CreateOrderRequest.class);

    CreatedOrder created = api().createOrder(request);

    vendor.verify(postRequestedFor(urlEqualTo("/v1/orders"))
        .withHeader("x-api-key", equalTo(API_KEY))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson(json("create-order-request.json"), false, false)));
    assertThat(created.orderId()).isEqualTo("b3e1eced-f2bd-4d8c-9765-fbc9d1d222d5");
  }

  @Test
  void readsTheOrderExample() {
    vendor.stubFor(get("/v1/orders/58f97ce4-0338-41f1-9f8e-b91da977423a").willReturn(okJson(json("order.json"))));

    Order order = api().order("58f97ce4-0338-41f1-9f8e-b91da977423a");

    vendor.verify(getRequestedFor(urlEqualTo("/v1/orders/58f97ce4-0338-41f1-9f8e-b91da977423a")).withHeader("x-api-key", equalTo(API_KEY)));
    ShippingAddress janeDoe = new ShippingAddress("Jane doe", "100 Main street", "", "60001", "Chicago", "US", "N/A");
    assertThat(order.id()).isEqualTo("58f97ce4-0338-41f1-9f8e-b91da977423a");
    assertThat(order.status()).isEqualTo("ORDER_CREATED");
    assertThat(order.orderReferenceId()).isEqualTo("ORDER-REF-AB12XSVAYXWxQZAZXYA");
    assertThat(order.billingAddress()).isEqualTo(janeDoe);
    assertThat(order.contact().email()).isEqualTo("test@mail.com");
    assertThat(order.contact().firstName()).isEqualTo("Tester");
    assertThat(order.price().currency()).isEqualTo("EUR");
    assertThat(order.price().items().base()).isEqualByComparingTo("312.93");
    assertThat(order.price().items().taxes()).isEqualByComparingTo("39.12");
    assertThat(order.price().items().total()).isEqualByComparingTo("352.05");
    assertThat(order.price().total()).isEqualByComparingTo("352.05");
    assertThat(order.customData()).isEqualTo(Map.of("orderExtCode", "CODE", "num", 789));
    assertThat(order.items()).hasSize(1);
    Order.Item item = order.items().get(0);
    assertThat(item.id()).isEqualTo("3eaf6aa2-f565-4738-8569-10a5d3c36e9b");
    assertThat(item.itemReferenceId()).isEqualTo("PRODUCT-REF-YYXxAwADVZVYXZA");
    assertThat(item.orderId()).isEqualTo(order.id());
    assertThat(item.fileUrls()).isEmpty();
    assertThat(item.productId()).isEqualTo("01794521-3955-4644-a710-5183513c6f5b");
    assertThat(item.status()).isEqualTo("PENDING");
    assertThat(item.quantity()).isEqualTo(2);
    assertThat(item.productionDelay()).isEqualTo(1);
    assertThat(item.estimatedDeliveryDate()).isEqualTo("2023-11-17");
    assertThat(item.shipping().address()).isEqualTo(janeDoe);
    assertThat(item.options()).containsExactly(new ChosenOption("52b47810-d879-4b26-9ea4-5648b5bc944a", "2"));
    assertThat(item.customData()).isEqualTo(Map.of("productExtCode", "CODE", "num", 123));
  }

  @Test
  void readsTheStatusesExampleInItsLowerCase() {
    vendor.stubFor(get("/v1/orders/c33d5b69-555d-4045-86d2-85c66bc9d0d0/statuses").willReturn(okJson(json("order-statuses.json"))));

    OrderStatuses statuses = api().statuses("c33d5b69-555d-4045-86d2-85c66bc9d0d0");

    vendor.verify(getRequestedFor(urlEqualTo("/v1/orders/c33d5b69-555d-4045-86d2-85c66bc9d0d0/statuses")).withHeader("x-api-key", equalTo(API_KEY)));
    assertThat(statuses.orderStatus()).isEqualTo("processing");
    assertThat(statuses.items()).containsExactly(new OrderStatuses.ItemStatus(null, null, "shipped", "2019-08-24"));
  }

  @Test
  void readsNumbersSentAsStringsAndIgnoresUnknownFields() {
    vendor.stubFor(post("/v1/quote").willReturn(okJson(
        "{\"items\":[{\"productId\":\"p\",\"quantity\":\"3\",\"price\":{\"base\":\"5.5\",\"taxes\":\"1.1\",\"total\":\"6.6\"},\"extra\":true}],"
            + "\"costSummary\":{\"items\":{\"base\":\"5.5\",\"taxes\":\"1.1\",\"total\":\"6.6\"},\"total\":\"6.6\",\"currency\":\"EUR\",\"vat\":\"FR\"}}")));

    QuoteResponse answer = api().quote(new QuoteRequest(List.of(new QuoteRequest.Item("p", 3, List.of()))));

    assertThat(answer.items().get(0).quantity()).isEqualTo(3);
    assertThat(answer.items().get(0).price().taxes().amount()).isEqualByComparingTo("1.1");
    assertThat(answer.costSummary().total()).isEqualByComparingTo("6.6");
  }
}
