package io.printflow.activities.vendor.printofoto;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.printflow.activities.vendor.printofoto.PrintofotoFixtures.KEY;
import static io.printflow.activities.vendor.printofoto.PrintofotoFixtures.SECRET;
import static io.printflow.activities.vendor.printofoto.PrintofotoFixtures.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.printofoto.dto.Image;
import io.printflow.activities.vendor.printofoto.dto.ImageRequest;
import io.printflow.activities.vendor.printofoto.dto.Order;
import io.printflow.activities.vendor.printofoto.dto.OrderDetail;
import io.printflow.activities.vendor.printofoto.dto.OrderDetailRequest;
import io.printflow.activities.vendor.printofoto.dto.OrderFields;
import io.printflow.activities.vendor.printofoto.dto.Poster;
import io.printflow.activities.vendor.printofoto.dto.PosterRequest;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.OrderItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Printofoto endpoint a fulfillment run uses, replayed with the document's own sample answers:
 * the method, path and query, both credentials headers (underscores and all), the body sent, and
 * what the DTOs hold after reading string-typed numbers.
 */
class PrintofotoApiTest {

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path artworkDir;

  private PrintofotoApi api;

  @BeforeEach
  void client() {
    api = PrintofotoFixtures.api(vendor.baseUrl());
  }

  @Test
  void listsImagesByTag() {
    vendor.stubFor(authorised(get(urlPathEqualTo("/api/image"))).willReturn(json(200, example("images.json"))));

    List<Image> images = api.imagesTagged("SHOP-1~SHOP-1-1");

    vendor.verify(signed(getRequestedFor(urlPathEqualTo("/api/image")).withQueryParam("tag", equalTo("SHOP-1~SHOP-1-1"))));
    assertThat(images).hasSize(2);
    assertThat(images.get(0)).isEqualTo(new Image("1", "85451145.jpg", "My dog", "http://api.printofoto.com/images/113/373/145/85451145.jpg", "dog,animal", "1", "2015-01-05 16:08:22"));
    assertThat(images.get(1).publicFlag()).isEqualTo("0");
  }

  @Test
  void createsAnImageFromAUrl() {
    vendor.stubFor(authorised(post(urlPathEqualTo("/api/image"))).willReturn(json(201, example("image.json"))));

    Image image = api.createImage(new ImageRequest("https://files.example.com/cat.jpg", "My cat", "cat,animal", false));

    vendor.verify(signed(postRequestedFor(urlPathEqualTo("/api/image")))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"image\":\"https://files.example.com/cat.jpg\",\"name\":\"My cat\",\"tag\":\"cat,animal\",\"public\":false}")));
    assertThat(image.idImage()).isEqualTo("2");
    assertThat(image.previewUrl()).isEqualTo("http://api.printofoto.com/images/113/373/145/b36d0.jpg");
  }

  @Test
  void streamsALocalImageFileAsMultipart() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path file = Files.write(artworkDir.resolve("cat.png"), png);
    vendor.stubFor(authorised(post(urlPathEqualTo("/api/image"))).willReturn(json(201, example("image.json"))));
    var connection = PrintofotoFixtures.connection(vendor.baseUrl(), java.time.Duration.ofSeconds(5));
    PrintofotoImages images = PrintofotoClients.images(api, connection, PrintofotoFixtures.CREDENTIALS,
        new LocalArtwork(List.of(artworkDir), 1024, java.time.Duration.ofSeconds(5)));
    vendor.stubFor(authorised(get(urlPathEqualTo("/api/image"))).willReturn(json(200, "[]")));

    Image image = images.imageFor("SHOP-1~SHOP-1-1", new OrderItem("SHOP-1-1", "poster", null, 1, Map.of(), Artwork.ofUrl(file.toUri().toString())));

    vendor.verify(signed(postRequestedFor(urlPathEqualTo("/api/image")))
        .withHeader("Content-Type", matching("multipart/form-data; boundary=.+"))
        .withHeader("Content-Length", matching("\\d+"))
        .withRequestBodyPart(aMultipart().withName("image").withHeader("Content-Type", equalTo("image/png")).withBody(binaryEqualTo(png)).build())
        .withRequestBodyPart(aMultipart().withName("tag").withBody(equalTo("SHOP-1~SHOP-1-1")).build())
        .withRequestBodyPart(aMultipart().withName("name").withBody(equalTo("SHOP-1-1")).build())
        .withRequestBodyPart(aMultipart().withName("public").withBody(equalTo("0")).build()));
    assertThat(image.previewUrl()).isEqualTo("http://api.printofoto.com/images/113/373/145/b36d0.jpg");
  }

  @Test
  void listsPostersByCustom() {
    vendor.stubFor(authorised(get(urlPathEqualTo("/api/poster"))).willReturn(json(200, example("posters.json"))));

    List<Poster> posters = api.postersWithCustom("dogs");

    vendor.verify(signed(getRequestedFor(urlPathEqualTo("/api/poster")).withQueryParam("custom", equalTo("dogs"))));
    assertThat(posters).extracting(Poster::idPoster, Poster::custom).containsExactly(
        org.assertj.core.groups.Tuple.tuple("1", "christmas"), org.assertj.core.groups.Tuple.tuple("2", "dogs"));
    assertThat(posters.get(0).imageUrl()).isEqualTo("http://api.printofoto.com/images/113/373/145/b36d0.jpg");
  }

  @Test
  void readsAPoster() {
    vendor.stubFor(authorised(get(urlPathEqualTo("/api/poster/2"))).willReturn(json(200, example("poster.json"))));

    Poster poster = api.poster("2");

    vendor.verify(signed(getRequestedFor(urlPathEqualTo("/api/poster/2"))));
    assertThat(poster).isEqualTo(new Poster("2", "http://api.printofoto.com/images/113/373/145/b36d0.jpg", null, null, "dogs", "2015-01-05 15:31:04"));
  }

  @Test
  void createsAPoster() {
    vendor.stubFor(authorised(post(urlPathEqualTo("/api/poster"))).willReturn(json(201, example("poster.json"))));

    Poster poster = api.createPoster(new PosterRequest("http://api.printofoto.com/images/113/373/145/b36d0.jpg", null, "dogs", "420x297"));

    vendor.verify(signed(postRequestedFor(urlPathEqualTo("/api/poster")))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"image_url\":\"http://api.printofoto.com/images/113/373/145/b36d0.jpg\",\"custom\":\"dogs\",\"format\":\"420x297\"}")));
    assertThat(poster.idPoster()).isEqualTo("2");
  }

  @Test
  void listsOrdersByPartnerId() {
    vendor.stubFor(authorised(get(urlPathEqualTo("/api/order"))).willReturn(json(200, example("orders.json"))));

    List<Order> orders = api.ordersWithPartnerId("ORDER99455");

    vendor.verify(signed(getRequestedFor(urlPathEqualTo("/api/order")).withQueryParam("id_order_partner", equalTo("ORDER99455"))));
    assertThat(orders).hasSize(2);
    assertThat(orders.get(1)).isEqualTo(new Order("2", "ORDER99455", "1", "Jean", "Dupond", "jean.dupond@printofoto.com", "My worldwide company",
        "12 rue du stade", "Bat A1", "75001", "Paris", "France", "2015-01-06 15:16:02"));
  }

  @Test
  void readsAnOrder() {
    vendor.stubFor(authorised(get(urlPathEqualTo("/api/order/1"))).willReturn(json(200, example("order.json"))));

    Order order = api.order("1");

    vendor.verify(signed(getRequestedFor(urlPathEqualTo("/api/order/1"))));
    assertThat(order.idOrderPartner()).isEqualTo("ORDER99421");
    assertThat(order.orderState()).isEqualTo("0");
    assertThat(order.shippingAddress1()).isEqualTo("12 rue du stade");
    assertThat(order.shippingAddress2()).isEqualTo("Bat A1");
    assertThat(order.shippingCompany()).isEmpty();
  }

  @Test
  void readsAnOrderSentAsAOneElementList() {
    vendor.stubFor(authorised(get(urlPathEqualTo("/api/order/1"))).willReturn(json(200, "[" + example("order.json") + "]")));

    Order order = api.order("1");

    assertThat(order.idOrder()).isEqualTo("1");
    assertThat(order.idOrderPartner()).isEqualTo("ORDER99421");
    assertThat(order.orderState()).isEqualTo("0");
  }

  @Test
  void createsAnOrder() {
    vendor.stubFor(authorised(post(urlPathEqualTo("/api/order"))).willReturn(json(201, example("order.json"))));

    Order order = api.createOrder(new OrderFields("ORDER99421", 0, "Jean", "Dupond", "jean.dupond@printofoto.com", null,
        "12 rue du stade", "Bat A1", "75001", "Paris", "France"));

    vendor.verify(signed(postRequestedFor(urlPathEqualTo("/api/order")))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"id_order_partner":"ORDER99421","order_state":0,"shipping_firstname":"Jean","shipping_name":"Dupond",
             "shipping_email":"jean.dupond@printofoto.com","shipping_address_1":"12 rue du stade","shipping_address_2":"Bat A1",
             "shipping_zipcode":"75001","shipping_city":"Paris","shipping_country":"France"}""")));
    assertThat(order.idOrder()).isEqualTo("1");
  }

  @Test
  void updatesAnOrderWithEveryField() throws Exception {
    var listed = (com.fasterxml.jackson.databind.node.ArrayNode) VendorJson.mapper().readTree(example("orders.json"));
    Order current = VendorJson.mapper().treeToValue(listed.get(1), Order.class);
    var answer = ((com.fasterxml.jackson.databind.node.ObjectNode) listed.get(1)).put("order_state", "6");
    vendor.stubFor(authorised(put(urlPathEqualTo("/api/order/2"))).willReturn(json(200, answer.toString())));

    Order updated = api.updateOrder("2", OrderFields.of(current, 6));

    vendor.verify(signed(putRequestedFor(urlPathEqualTo("/api/order/2")))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"id_order_partner":"ORDER99455","order_state":6,"shipping_firstname":"Jean","shipping_name":"Dupond",
             "shipping_email":"jean.dupond@printofoto.com","shipping_company":"My worldwide company",
             "shipping_address_1":"12 rue du stade","shipping_address_2":"Bat A1",
             "shipping_zipcode":"75001","shipping_city":"Paris","shipping_country":"France"}""")));
    assertThat(updated.idOrder()).isEqualTo("2");
    assertThat(updated.orderState()).isEqualTo("6");
  }

  @Test
  void listsAnOrdersDetails() {
    vendor.stubFor(authorised(get(urlPathEqualTo("/api/orderdetail"))).willReturn(json(200, example("orderdetails.json"))));

    List<OrderDetail> details = api.orderDetails("1", 1000, 0);

    vendor.verify(signed(getRequestedFor(urlPathEqualTo("/api/orderdetail")))
        .withQueryParam("id_order", equalTo("1")).withQueryParam("limit", equalTo("1000")).withQueryParam("offset", equalTo("0")));
    assertThat(details).hasSize(2);
    assertThat(details.get(0)).isEqualTo(new OrderDetail("1", "1", "1", "2", "8.5", "normal", "0", "", "0000-00-00 00:00:00", "2015-01-06 15:45:12"));
    assertThat(details.get(1).shippingType()).isEqualTo("express");
    assertThat(details.get(1).price()).isEqualTo("25");
  }

  @Test
  void aPriceWithADecimalCommaDoesNotSpoilTheList() {
    vendor.stubFor(authorised(get(urlPathEqualTo("/api/orderdetail"))).willReturn(json(200,
        example("orderdetails.json").replace("\"price\":\"8.5\"", "\"price\":\"8,5\"").replace("\"price\":\"25\"", "\"price\":25.0"))));

    List<OrderDetail> details = api.orderDetails("1", 1000, 0);

    assertThat(details).extracting(OrderDetail::idOrderDetail, OrderDetail::price).containsExactly(
        org.assertj.core.groups.Tuple.tuple("1", "8,5"), org.assertj.core.groups.Tuple.tuple("2", "25.0"));
  }

  @Test
  void createsAnOrderDetail() {
    vendor.stubFor(authorised(post(urlPathEqualTo("/api/orderdetail"))).willReturn(json(201, example("orderdetail.json"))));

    OrderDetail detail = api.createOrderDetail(new OrderDetailRequest(1, 14, 2, "normal"));

    vendor.verify(signed(postRequestedFor(urlPathEqualTo("/api/orderdetail")))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"id_order\":1,\"id_product\":14,\"id_custom\":2,\"shipping_type\":\"normal\"}")));
    assertThat(detail.idOrderDetail()).isEqualTo("1");
    assertThat(detail.shippingState()).isEqualTo("0");
  }

  /** A stub that answers only a request carrying both credentials headers, named exactly. */
  static MappingBuilder authorised(MappingBuilder request) {
    return request.withHeader("api_key", equalTo(KEY)).withHeader("api_secret", equalTo(SECRET));
  }

  static RequestPatternBuilder signed(RequestPatternBuilder request) {
    return request.withHeader("api_key", equalTo(KEY)).withHeader("api_secret", equalTo(SECRET)).withHeader("Accept", equalTo("application/json"));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
