package io.printflow.activities.vendor.premiumprint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.BASIC_AUTH;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.example;
import static io.printflow.activities.vendor.premiumprint.PremiumprintStub.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.printflow.activities.vendor.VendorJson;
import io.printflow.activities.vendor.premiumprint.dto.Country;
import io.printflow.activities.vendor.premiumprint.dto.CreateOrderRequest;
import io.printflow.activities.vendor.premiumprint.dto.DataItem;
import io.printflow.activities.vendor.premiumprint.dto.DataList;
import io.printflow.activities.vendor.premiumprint.dto.DateValue;
import io.printflow.activities.vendor.premiumprint.dto.Order;
import io.printflow.activities.vendor.premiumprint.dto.Price;
import io.printflow.activities.vendor.premiumprint.dto.Product;
import io.printflow.activities.vendor.premiumprint.dto.Region;
import io.printflow.activities.vendor.premiumprint.dto.ShippingRate;
import io.printflow.activities.vendor.premiumprint.dto.ShippingRatesRequest;
import io.printflow.activities.vendor.premiumprint.dto.Variant;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint of {@link PremiumprintApi} replayed with the document's own examples: the method,
 * path, HTTP Basic header and body sent, and what the DTOs hold after parsing.
 */
class PremiumprintApiTest {

  @RegisterExtension
  static WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private PremiumprintApi api;

  @BeforeEach
  void connect() {
    api = PremiumprintStub.client(vendor.baseUrl());
  }

  @Test
  void shippingRatesPostsTheDocumentsRequestAndReadsMoneyAsStringAndSubunits() throws Exception {
    vendor.stubFor(post(urlEqualTo(path("/shipping/rates"))).willReturn(json(example("shipping-rates-response"))));
    ShippingRatesRequest request = VendorJson.mapper().readValue(example("shipping-rates-request"), ShippingRatesRequest.class);

    DataList<ShippingRate> rates = api.shippingRates(request);

    vendor.verify(
        postRequestedFor(urlEqualTo(path("/shipping/rates")))
            .withHeader("Authorization", equalTo(BASIC_AUTH))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Accept", equalTo("application/json"))
            .withRequestBody(equalToJson(example("shipping-rates-request"))));
    assertThat(rates.data()).singleElement().satisfies(rate -> {
      assertThat(rate.code()).isEqualTo("UPS");
      assertThat(rate.name()).isEqualTo("UPS");
      assertThat(rate.price()).isEqualByComparingTo("83.70");
      assertThat(rate.price().scale()).as("the string keeps its cents").isEqualTo(2);
      assertThat(rate.priceDetails()).isEqualTo(new Price("EUR", "83.70 \u20ac", 8370L));
    });
  }

  @Test
  void productsListsProductsWithAVariantCount() {
    vendor.stubFor(get(urlEqualTo(path("/products"))).willReturn(json(example("products-response"))));

    List<Product> products = api.products().data();

    vendor.verify(getRequestedFor(urlEqualTo(path("/products"))).withHeader("Authorization", equalTo(BASIC_AUTH)));
    assertThat(products).containsExactly(
        new Product(3, "Leonardo da vinci", 2, 300, "PRINT"),
        new Product(4, "Callendar", 1, 300, "PRINT"));
  }

  @Test
  void variantsReadOptionsAndAttributesWhetherEmptyArraysOrObjectsKeyedById() {
    vendor.stubFor(get(urlEqualTo(path("/products/4"))).willReturn(json(example("product-variants-response"))));

    List<Variant> variants = api.variants("4").data();

    vendor.verify(getRequestedFor(urlEqualTo(path("/products/4"))).withHeader("Authorization", equalTo(BASIC_AUTH)));
    assertThat(variants).hasSize(2);
    Variant blanket = variants.get(0);
    assertThat(blanket.id()).isEqualTo(6);
    assertThat(blanket.name()).isEqualTo("Blanket");
    assertThat(blanket.printfile()).isEqualTo(new Variant.PrintFile(200, 511));
    assertThat(blanket.attributes()).as("attributes keyed by id").containsExactly(new Variant.Attribute("152", "Broken", "152", "101"));
    assertThat(blanket.options()).as("options as an empty array").isEmpty();
    assertThat(blanket.price()).isEqualByComparingTo("3.00");
    assertThat(blanket.priceDetails()).isEqualTo(new Price("EUR", "3.00 \u20ac", 300L));
    assertThat(blanket.shippingCountries()).containsExactly(8, 660, 20, 16, 4, 12, 24, 36, 44);

    Variant mug = variants.get(1);
    assertThat(mug.id()).isEqualTo(5);
    assertThat(mug.attributes()).as("attributes as an empty array").isEmpty();
    assertThat(mug.price()).isEqualByComparingTo("9.31");
    assertThat(mug.options()).as("options keyed by id").singleElement().satisfies(option -> {
      assertThat(option.id()).isEqualTo("1");
      assertThat(option.name()).isEqualTo("Border");
      assertThat(option.description()).isNull();
      assertThat(option.isRequired()).isFalse();
      assertThat(option.values()).containsExactly(
          new Variant.OptionValue(4, "White", new BigDecimal("10.00"), new Price("EUR", "10.00 \u20ac", 1000L)));
    });
  }

  @Test
  void countriesAreNumericIds() {
    vendor.stubFor(get(urlEqualTo(path("/countries"))).willReturn(json(example("countries-response"))));

    List<Country> countries = api.countries().data();

    vendor.verify(getRequestedFor(urlEqualTo(path("/countries"))).withHeader("Authorization", equalTo(BASIC_AUTH)));
    assertThat(countries).hasSizeGreaterThan(240)
        .contains(new Country("Afghanistan", 4), new Country("Germany", 276), new Country("United States", 840),
            new Country("\u00c5land Islands", 248), new Country("Zambia", 894));
  }

  @Test
  void regionsOfACountry() {
    vendor.stubFor(get(urlEqualTo(path("/regions/840"))).willReturn(json(example("regions-response"))));

    List<Region> regions = api.regions(840).data();

    vendor.verify(getRequestedFor(urlEqualTo(path("/regions/840"))).withHeader("Authorization", equalTo(BASIC_AUTH)));
    assertThat(regions).hasSize(51)
        .startsWith(new Region(1, "AL", "Alabama"))
        .contains(new Region(5, "CA", "California"))
        .endsWith(new Region(51, "WY", "Wyoming"));
  }

  @Test
  void ordersListAsksForAPageAndReadsPaginationMeta() {
    vendor.stubFor(get(urlPathEqualTo(path("/orders"))).willReturn(json(example("orders-list-response"))));

    DataList<Order> orders = api.orders(2);

    vendor.verify(
        getRequestedFor(urlEqualTo(path("/orders?page=2")))
            .withHeader("Authorization", equalTo(BASIC_AUTH))
            .withRequestBody(absent()));
    assertThat(orders.meta().pagination()).isEqualTo(new DataList.Pagination(8, 8, 10, 1, 1));
    assertThat(orders.data()).singleElement().satisfies(order -> {
      assertDocumentedOrder(order);
      assertThat(order.status()).isEqualTo("CANCELLED");
      assertThat(order.statusLabel()).isEqualTo("Cancelled (TEST)");
      assertThat(order.updatedAt()).isEqualTo(new DateValue("2017-08-09 09:39:11.000000", 3, "UTC"));
      assertThat(order.invoice().status()).isEqualTo("CANCELLED");
    });
  }

  @Test
  void showOrderReadsEveryDocumentedField() {
    vendor.stubFor(get(urlEqualTo(path("/orders/PPO00000008T"))).willReturn(json(example("order-show-response"))));

    Order order = api.order("PPO00000008T").data();

    vendor.verify(getRequestedFor(urlEqualTo(path("/orders/PPO00000008T"))).withHeader("Authorization", equalTo(BASIC_AUTH)));
    assertDocumentedOrder(order);
    assertThat(order.status()).isEqualTo("ACCEPTED");
    assertThat(order.statusLabel()).isEqualTo("Accepted (TEST)");
    assertThat(order.invoice().status()).isEqualTo("PAID");
    assertThat(order.invoice().statusLabel()).isEqualTo("Paid");
  }

  @Test
  void createOrderSendsEveryDocumentedFieldAndReadsChosenOptions() throws Exception {
    vendor.stubFor(post(urlEqualTo(path("/orders"))).willReturn(json(example("order-create-response"))));
    CreateOrderRequest request = VendorJson.mapper().readValue(example("order-create-request"), CreateOrderRequest.class);

    Order created = api.createOrder(request).data();

    vendor.verify(
        postRequestedFor(urlEqualTo(path("/orders")))
            .withHeader("Authorization", equalTo(BASIC_AUTH))
            .withHeader("Content-Type", equalTo("application/json"))
            // Strict: the DTO carries every documented field and adds none (nulls are left out).
            .withRequestBody(equalToJson(example("order-create-request"), false, false)));
    assertThat(created.id()).isEqualTo("PPO00004008");
    assertThat(created.externalId()).isNull();
    assertThat(created.isTest()).isFalse();
    assertThat(created.shippingMethod()).isEqualTo(new Order.ShippingMethod("GLS", "GLS"));
    assertThat(created.status()).isEqualTo("ACCEPTED");
    assertThat(created.createdAt()).isEqualTo(new DateValue("2017-11-14 15:39:06.000000", 3, "UTC"));
    assertThat(created.invoice()).as("the create answer has no invoice").isNull();
    assertThat(created.shipments()).isEmpty();
    assertThat(created.items()).singleElement().satisfies(line -> {
      assertThat(line.id()).isEqualTo(194L);
      assertThat(line.variantId()).isEqualTo(3);
      assertThat(line.name()).isEqualTo("40x30 cm");
      assertThat(line.quantity()).isEqualTo(1);
      assertThat(line.price()).isEqualByComparingTo("7.70");
      assertThat(line.priceDetails().inSubunit()).isEqualTo(770L);
      // The example escapes twice; we keep what arrives rather than guess.
      assertThat(line.priceDetails().formatted()).isEqualTo("7.70 \\u20ac");
      assertThat(line.file()).startsWith("http:\\/\\/premium.app").endsWith(".png");
      assertThat(line.options()).as("chosen options as an array of objects").containsExactly(
          new Order.ChosenOption("1", "Canvas border", new Order.OptionValue(3, "Stretched")),
          new Order.ChosenOption("2", "Stretcher frame", new Order.OptionValue(6, "2 cm")));
    });
    assertThat(created.totals().subtotalAmount()).isEqualByComparingTo("7.70");
    assertThat(created.totals().shippingAmount()).isEqualByComparingTo("3.34");
    assertThat(created.totals().totalAmount()).isEqualByComparingTo("11.04");
    assertThat(created.totals().totalAmountDetails().inSubunit()).isEqualTo(1104L);
    assertThat(created.totals().customsShippingCosts()).isEqualByComparingTo("0.22");
    assertThat(created.totals().customsShippingCostsDetails().inSubunit()).isEqualTo(22L);
  }

  @Test
  void cancelOrderDeletesTheOrderAtItsOwnPath() {
    vendor.stubFor(delete(urlEqualTo(path("/orders/PPO00004008"))).willReturn(json(example("order-cancel-response"))));

    DataItem<Order> cancelled = api.cancelOrder("PPO00004008");

    vendor.verify(
        deleteRequestedFor(urlEqualTo(path("/orders/PPO00004008")))
            .withHeader("Authorization", equalTo(BASIC_AUTH))
            .withRequestBody(absent()));
    assertThat(cancelled.data().id()).isEqualTo("PPO00004008");
    assertThat(cancelled.data().status()).isEqualTo("CANCELLED");
    assertThat(cancelled.data().statusLabel()).isEqualTo("Cancelled");
    assertThat(cancelled.data().updatedAt().date()).isEqualTo("2017-11-14 15:54:02.000000");
    assertThat(cancelled.data().items()).extracting(Order.Line::id).containsExactly(194L);
  }

  /** The fields the list and show examples share. */
  private static void assertDocumentedOrder(Order order) {
    assertThat(order.id()).isEqualTo("PPO00000008T");
    assertThat(order.externalId()).isEqualTo("TEST2");
    assertThat(order.isTest()).isTrue();
    assertThat(order.shippingMethod()).isEqualTo(new Order.ShippingMethod("DHL", "DHL"));
    assertThat(order.createdAt()).isEqualTo(new DateValue("2017-08-09 09:09:42.000000", 3, "UTC"));
    assertThat(order.invoice().id()).isEqualTo("PPI00000008T");
    assertThat(order.invoice().downloadUrl()).isEqualTo("http://premium.app/invoices/8/download/d08dba6f39553e8e7f06c29eeb5c0256");
    assertThat(order.invoice().totalAmount()).isEqualByComparingTo("47.62");
    assertThat(order.invoice().totalAmountDetails()).isEqualTo(new Price("EUR", "47.62 \u20ac", 4762L));
    assertThat(order.invoice().paidAmount()).isEqualByComparingTo("47.62");
    assertThat(order.invoice().unpaidAmount()).isEqualByComparingTo("0.00");
    assertThat(order.invoice().unpaidAmountDetails().inSubunit()).isZero();
    assertThat(order.shipments()).isEmpty();
    assertThat(order.items()).containsExactly(
        new Order.Line(10L, null, 5, "Mug", 2, new BigDecimal("9.31"), new Price("EUR", "9.31 \u20ac", 931L),
            "http://placehold.it/5000x3000", List.of(), null, null),
        new Order.Line(11L, null, 6, "Blanket", 1, new BigDecimal("3.00"), new Price("EUR", "3.00 \u20ac", 300L),
            "http://placehold.it/5000x3000", List.of(), null, null));
    assertThat(order.totals().subtotalAmount()).isEqualByComparingTo("21.62");
    assertThat(order.totals().subtotalAmountDetails().inSubunit()).isEqualTo(2162L);
    assertThat(order.totals().shippingAmount()).isEqualByComparingTo("26.00");
    assertThat(order.totals().shippingAmountDetails().inSubunit()).isEqualTo(2600L);
    assertThat(order.totals().totalAmount()).isEqualByComparingTo("47.62");
    assertThat(order.totals().customsShippingCosts()).isNull();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }
}
