package io.printflow.activities.vendor.boxreseller;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.boxreseller.BoxResellerFixtures.AUTHORIZATION;
import static io.printflow.activities.vendor.boxreseller.BoxResellerFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.printflow.activities.artwork.ArtworkFile;
import io.printflow.activities.artwork.MultipartBody;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.boxreseller.dto.Envelope;
import io.printflow.activities.vendor.boxreseller.dto.Order;
import io.printflow.activities.vendor.boxreseller.dto.OrderAddress;
import io.printflow.activities.vendor.boxreseller.dto.Product;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every box reseller endpoint, replaying the document's own example requests and answers. */
class BoxResellerApiTest {

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path artworkDir;

  private BoxResellerClient client() {
    return BoxResellerFixtures.client(vendor.baseUrl(), Duration.ofSeconds(5));
  }

  @Test
  void listsOrdersWithPageLimitAndSortAsQueryParameters() {
    vendor.stubFor(get(urlPathEqualTo("/v1/reseller/orders")).willReturn(okJson(resource("orders-response.json"))));

    Envelope<List<Order>> answer = client().api().orders(1, 2, "desc");

    vendor.verify(getRequestedFor(urlEqualTo("/v1/reseller/orders?page=1&limit=2&sort=desc"))
        .withHeader("Authorization", equalTo(AUTHORIZATION))
        .withHeader("Accept", equalTo("application/json")));
    assertThat(answer.request().uri()).isEqualTo("/v1/reseller/orders");
    assertThat(answer.request().query().path("limit").asText()).isEqualTo("2");
    List<Order> orders = answer.unwrap("GET /orders");
    assertThat(orders).extracting(Order::id).containsExactly("2023-1679911-7562560", "2023-1680605-5618609");
    Order first = orders.get(0);
    assertThat(first.status()).isEqualTo("paid");
    assertThat(first.totalAmountTaxExcluded()).isEqualByComparingTo("57.19");
    assertThat(first.totalAmountTaxIncluded()).isEqualByComparingTo("69.77");
    assertThat(first.taxAmount()).isEqualByComparingTo("12.58");
    Product box = first.items().get(0);
    assertThat(box.id()).isEqualTo("2023-1679911-7562560.01");
    assertThat(box.article()).isEqualTo("s001_v0");
    assertThat(box.width()).isEqualByComparingTo("80");
    assertThat(box.depth()).isEqualByComparingTo("80");
    assertThat(box.height()).isEqualByComparingTo("150");
    assertThat(box.material()).isEqualTo("SBS300");
    assertThat(box.references()).extracting(r -> r.quantity()).containsExactly(25);
    assertThat(box.printing()).isTrue();
    assertThat(box.gold()).isFalse();
    assertThat(box.silver()).isFalse();
    assertThat(box.varnish()).isFalse();
    assertThat(box.status()).isEqualTo("waiting_upload");
    assertThat(box.manufacturingTime()).isEqualTo("economy");
    assertThat(first.shipping()).isEqualTo(documentAddress());
    assertThat(first.billing()).isEqualTo(documentAddress());
    assertThat(orders.get(1).items()).extracting(Product::article).containsExactly("s001_v0", "s002_v4", "s001_v1", "s001_v0", "s001_v1");
  }

  @Test
  void createsAnOrderAsAFormWhoseFieldBodyHoldsTheDocumentsJsonAndWhoseFieldShippingRepeatsTheAddress() throws Exception {
    vendor.stubFor(post(urlEqualTo("/v1/reseller/orders")).willReturn(okJson(resource("create-order-response.json"))));

    Order created = client().api().createOrder(BoxResellerOrderMapper.createRequest(BoxResellerFixtures.exampleOrder("purchase_order")))
        .unwrap("POST /orders");

    String address = VendorJson.mapper().readTree(resource("create-order-request.json")).get("shipping").toString();
    vendor.verify(postRequestedFor(urlEqualTo("/v1/reseller/orders"))
        .withHeader("Authorization", equalTo(AUTHORIZATION))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded;charset=UTF-8"))
        .withFormParam("body", equalToJson(resource("create-order-request.json")))
        .withFormParam("shipping", equalToJson(address)));
    LoggedRequest sent = vendor.findAll(postRequestedFor(urlEqualTo("/v1/reseller/orders"))).get(0);
    List<String> fields = List.of(sent.getBodyAsString().split("&"));
    assertThat(fields).extracting(f -> f.substring(0, f.indexOf('='))).containsExactly("body", "shipping");
    assertThat(URLDecoder.decode(fields.get(0).substring(5), StandardCharsets.UTF_8)).doesNotContain("E+");

    assertThat(created.id()).isEqualTo("2024-1724415-8887275");
    assertThat(created.purchaseOrder()).isEqualTo("purchase_order");
    assertThat(created.status()).isEqualTo("pending_payment");
    assertThat(created.totalAmountTaxIncluded()).isEqualByComparingTo("1362.56");
    assertThat(created.items()).extracting(Product::id).containsExactly("2024-1724415-8887275.01", "2024-1724415-8887275.02");
    assertThat(created.items()).extracting(Product::status).containsExactly("in_processing", "waiting_upload");
    assertThat(created.items().get(1).silver()).isTrue();
    assertThat(created.items().get(1).width()).isEqualByComparingTo(new BigDecimal("70.66"));
    assertThat(created.items().get(0).references().get(0).quantity()).isEqualTo(3000);
    assertThat(created.shipping()).isEqualTo(documentAddress());
  }

  @Test
  void readsOneOrder() {
    vendor.stubFor(get(urlEqualTo("/v1/reseller/orders/2024-1724415-8887275")).willReturn(okJson(resource("order-response.json"))));

    Envelope<Order> answer = client().api().order("2024-1724415-8887275");

    vendor.verify(getRequestedFor(urlEqualTo("/v1/reseller/orders/2024-1724415-8887275")).withHeader("Authorization", equalTo(AUTHORIZATION)));
    assertThat(answer.request().params().path("orderId").asText()).isEqualTo("2024-1724415-8887275");
    Order order = answer.unwrap("GET /orders/{order_id}");
    assertThat(order.purchaseOrder()).isEqualTo("purchase_order");
    assertThat(order.status()).isEqualTo("pending_payment");
    assertThat(order.items()).extracting(Product::manufacturingTime).containsExactly("standard", "express");
    assertThat(order.items().get(0).material()).isEqualTo("FBB285");
    assertThat(order.billing().countryCode()).isEqualTo("IT");
  }

  @Test
  void readsOneProduct() {
    vendor.stubFor(get(urlEqualTo("/v1/reseller/orders/2024-1724415-8887275/products/2024-1724415-8887275.01"))
        .willReturn(okJson(resource("product-response.json"))));

    Product product = client().api().product("2024-1724415-8887275", "2024-1724415-8887275.01").unwrap("GET product");

    vendor.verify(getRequestedFor(urlEqualTo("/v1/reseller/orders/2024-1724415-8887275/products/2024-1724415-8887275.01"))
        .withHeader("Authorization", equalTo(AUTHORIZATION)));
    assertThat(product.id()).isEqualTo("2024-1724415-8887275.01");
    assertThat(product.status()).isEqualTo("in_processing");
    assertThat(product.height()).isEqualByComparingTo("120");
    assertThat(product.printing()).isFalse();
    assertThat(product.totalAmountTaxExcluded()).isEqualByComparingTo("752.65");
  }

  @Test
  void uploadsArtworkAsAStreamedMultipartPut() throws Exception {
    byte[] pdf = "%PDF-1.7\nthe box's artwork\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Path file = Files.write(artworkDir.resolve("box.pdf"), pdf);
    String path = "/v1/reseller/orders/2024-1724415-8887275/products/2024-1724415-8887275.02";
    vendor.stubFor(put(urlEqualTo(path)).willReturn(okJson(resource("upload-artwork-response.json"))));

    Optional<Product> after;
    try (ArtworkFile artwork = ArtworkFile.open("box-reseller", "item-2", file.toUri().toString(), client().http(), Duration.ofSeconds(5), List.of(artworkDir))) {
      after = client().upload("2024-1724415-8887275", "2024-1724415-8887275.02", new MultipartBody("artwork", artwork, 1000), bytes -> {});
    }

    vendor.verify(putRequestedFor(urlEqualTo(path))
        .withHeader("Authorization", equalTo(AUTHORIZATION))
        .withHeader("Content-Type", containing("multipart/form-data; boundary="))
        .withHeader("Content-Length", equalTo(String.valueOf(vendor.findAll(putRequestedFor(urlEqualTo(path))).get(0).getBody().length)))
        .withRequestBodyPart(aMultipart()
            .withName("artwork")
            .withHeader("Content-Disposition", containing("filename=\"box.pdf\""))
            .withHeader("Content-Type", equalTo("application/pdf"))
            .withBody(binaryEqualTo(pdf))
            .build()));
    assertThat(after).hasValueSatisfying(p -> {
      assertThat(p.id()).isEqualTo("2024-1724415-8887275.02");
      assertThat(p.status()).isEqualTo("waiting_file_check");
      assertThat(p.silver()).isTrue();
    });
  }

  @Test
  void anUnwrappedOrUnreadableUploadAnswerStillCountsAsDelivered() throws Exception {
    Path file = Files.write(artworkDir.resolve("box.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    vendor.stubFor(put(urlPathEqualTo("/v1/reseller/orders/1/products/1.01")).willReturn(aResponse().withStatus(200).withBody("OK")));
    try (ArtworkFile artwork = ArtworkFile.open("box-reseller", "item-1", file.toUri().toString(), client().http(), Duration.ofSeconds(5), List.of(artworkDir))) {
      assertThat(client().upload("1", "1.01", new MultipartBody("artwork", artwork, 1000), bytes -> {})).isEmpty();
    }
  }

  private static OrderAddress documentAddress() {
    return new OrderAddress("First Name", "Last Name", "Company name", "co", "123456789", "IT", "Province name", "City name", "ZIP code", "Address name");
  }
}
