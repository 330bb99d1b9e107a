package io.printflow.activities.vendor.premiumprint;

import static io.printflow.activities.vendor.premiumprint.PremiumprintOrderMapper.VENDOR;

import io.printflow.activities.vendor.Countries;
import io.printflow.activities.vendor.OrderRejections;
import io.printflow.activities.vendor.VendorAdapter;
import io.printflow.activities.vendor.VendorLookups;
import io.printflow.activities.vendor.VendorTimings;
import io.printflow.activities.vendor.premiumprint.PremiumprintOrderMapper.Destination;
import io.printflow.activities.vendor.premiumprint.dto.DataList;
import io.printflow.activities.vendor.premiumprint.dto.Order;
import io.printflow.activities.vendor.premiumprint.dto.Region;
import io.printflow.activities.vendor.premiumprint.dto.ShippingRate;
import io.printflow.activities.vendor.premiumprint.dto.ShippingRatesRequest;
import io.printflow.activities.vendor.premiumprint.dto.Variant;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Money;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.Quote;
import io.printflow.workflows.vendor.VendorCapabilities;
import io.printflow.workflows.vendor.VendorFailure;
import io.printflow.workflows.vendor.VendorOrder;
import io.printflow.workflows.vendor.VendorOrderSnapshot;
import io.printflow.workflows.vendor.VendorProfiles;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Premiumprint's steps: quote from shipping rates and variant prices, create keyed by
 * {@code external_id} (looked up in the orders list first on a retry, and when a create meets the
 * duplicate), follow by polling the order and the {@code shipment_sent} webhook, cancel.
 */
public class PremiumprintActivities extends VendorAdapter {

  private static final Logger log = LoggerFactory.getLogger(PremiumprintActivities.class);
  private static final Pattern ORDER_EXTERNAL_ID = Pattern.compile("(?i)(?<![\\w.])external[ _]?id\\b");
  private static final Pattern ALREADY_USED = Pattern.compile("(?i)taken|already|unique|duplicate|exists");
  private static final int MAX_PAGES = 500;

  private final PremiumprintApi api;
  private final boolean testOrders;
  private final Map<Integer, List<Region>> regionsByCountry = new ConcurrentHashMap<>();

  public PremiumprintActivities(PremiumprintApi api, VendorTimings timings, boolean testOrders) {
    super(VENDOR, timings);
    this.api = api;
    this.testOrders = testOrders;
  }

  @Override
  protected VendorCapabilities capabilities() {
    return VendorProfiles.PREMIUMPRINT.capabilities();
  }

  @Override
  public Quote quote(OrderRequest order) {
    Destination destination = destination(order.shippingAddress());
    ShippingRate rate = shippingRate(order, destination);
    String currency = rate.priceDetails() != null && rate.priceDetails().currency() != null ? rate.priceDetails().currency() : "EUR";
    BigDecimal items = BigDecimal.ZERO;
    for (OrderItem item : order.items()) {
      items = items.add(unitPrice(item, destination).multiply(BigDecimal.valueOf(item.quantity())));
    }
    Money itemsTotal = new Money(items, currency);
    Money shipping = new Money(rate.price(), currency);
    return new Quote(itemsTotal, shipping, itemsTotal.plus(shipping), method(rate));
  }

  @Override
  public VendorOrder placeOrder(OrderRequest order) {
    if (isRetry()) {
      // An earlier attempt may have created the order and lost the answer. The document names no
      // error for a repeated external_id, so a second create might even succeed: look first.
      Optional<Order> earlier = findByExternalId(order.orderReference());
      if (earlier.isPresent()) {
        log.info("premiumprint order {} already holds {}; adopting it", earlier.get().id(), order.orderReference());
        return PremiumprintOrderMapper.vendorOrder(order, earlier.get());
      }
    }
    Destination shipping = destination(order.shippingAddress());
    Destination billing = order.billingAddress() == null ? shipping : destination(order.billingAddress());
    String method = method(shippingRate(order, shipping));
    try {
      Order created = api.createOrder(PremiumprintOrderMapper.createRequest(order, method, shipping, billing, testOrders)).data();
      log.info("premiumprint order {} created for {}", created.id(), order.orderReference());
      return PremiumprintOrderMapper.vendorOrder(order, created);
    } catch (ApplicationFailure failure) {
      if (!isDuplicateReference(failure)) {
        throw failure;
      }
      // An earlier attempt created it and its answer was lost: take that order. Premiumprint holds an
      // order under this reference whether or not the list shows it, so failing the order would be wrong.
      Order existing =
          findByExternalId(order.orderReference())
              .orElseThrow(
                  () -> VendorFailure.needsOperator(
                      VENDOR,
                      "Premiumprint reports an order with external_id " + order.orderReference()
                          + " but its orders list does not show it; find it at Premiumprint and adopt it, or cancel this order"));
      log.info("premiumprint order {} already existed for {}; adopting it", existing.id(), order.orderReference());
      return PremiumprintOrderMapper.vendorOrder(order, existing);
    }
  }

  @Override
  public VendorOrder adoptOrder(OrderRequest order, String vendorOrderId) {
    Order existing = api.order(vendorOrderId).data();
    if (existing.externalId() != null && !existing.externalId().equals(order.orderReference())) {
      throw OrderRejections.invalid(
          VENDOR, "Premiumprint order " + vendorOrderId + " belongs to reference " + existing.externalId() + ", not " + order.orderReference());
    }
    return PremiumprintOrderMapper.vendorOrder(order, existing);
  }

  @Override
  protected VendorOrderSnapshot fetch(VendorOrder order) {
    return PremiumprintOrderMapper.snapshot(api.order(order.vendorOrderId()).data(), order.items());
  }

  @Override
  public VendorOrderSnapshot cancelOrder(VendorOrder order) {
    return PremiumprintOrderMapper.snapshot(api.cancelOrder(order.vendorOrderId()).data(), order.items());
  }

  /** The order placed under this external id, searched page by page: the list has no filter. */
  Optional<Order> findByExternalId(String externalId) {
    for (int page = 1; page <= MAX_PAGES; page++) {
      DataList<Order> orders = api.orders(page);
      Optional<Order> match = orders.data().stream().filter(o -> externalId.equals(o.externalId())).findFirst();
      if (match.isPresent()) {
        return match;
      }
      DataList.Pagination pagination = orders.meta() == null ? null : orders.meta().pagination();
      boolean lastPage = orders.data().isEmpty()
          || pagination == null
          || pagination.totalPages() == null
          || page >= pagination.totalPages();
      if (lastPage) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A 409, or a refusal that says the order's {@code external_id} is taken. The document names no
   * error for it; Laravel's unique rule says "The external id has already been taken." An item's
   * {@code items.N.external_id}, or an external_id refused for its length, is no duplicate.
   */
  private static boolean isDuplicateReference(ApplicationFailure failure) {
    if (!OrderRejections.isRejection(failure)) {
      return false;
    }
    return OrderRejections.errorOf(failure)
        .map(e -> e.httpStatus() == 409 || isDuplicateMessage(e.code() + " " + e.message()))
        .orElse(false);
  }

  private static boolean isDuplicateMessage(String text) {
    return ORDER_EXTERNAL_ID.matcher(text).find() && ALREADY_USED.matcher(text).find();
  }

  /** The numeric country and, where the country has regions, the region Premiumprint requires. */
  private Destination destination(Address address) {
    if (address == null) {
      throw OrderRejections.invalid(VENDOR, "a shipping address is required");
    }
    int countryId =
        Countries.numeric(address.countryCode())
            .orElseThrow(() -> OrderRejections.invalid(VENDOR, "unknown country code " + address.countryCode()));
    List<Region> regions = regionsByCountry.computeIfAbsent(countryId, this::regionsOf);
    if (regions.isEmpty()) {
      return new Destination(countryId, null);
    }
    String wanted = address.region() == null ? "" : address.region().trim();
    return regions.stream()
        .filter(r -> wanted.equalsIgnoreCase(r.code()) || wanted.equalsIgnoreCase(r.name()))
        .findFirst()
        .map(r -> new Destination(countryId, r.id()))
        .orElseThrow(
            () -> OrderRejections.invalid(
                VENDOR,
                "country " + address.countryCode() + " needs a region (state code), e.g. "
                    + regions.stream().limit(5).map(Region::code).toList() + "; got '" + wanted + "'"));
  }

  private List<Region> regionsOf(int countryId) {
    // Undocumented: a country without regions may answer 404 instead of an empty list.
    return VendorLookups.ifFound(() -> api.regions(countryId).data()).orElse(List.of());
  }

  /** The rate's code as the create call takes it: the document says shipping_method must be upper case. */
  private static String method(ShippingRate rate) {
    return rate.code() == null ? null : rate.code().toUpperCase(Locale.ROOT);
  }

  /** The requested shipping method (matched ignoring case) or else the cheapest valid one. */
  private ShippingRate shippingRate(OrderRequest order, Destination destination) {
    List<ShippingRatesRequest.Line> lines =
        order.items().stream().map(i -> new ShippingRatesRequest.Line(i.quantity(), PremiumprintOrderMapper.variantId(i))).toList();
    List<ShippingRate> rates = api.shippingRates(new ShippingRatesRequest(new ShippingRatesRequest.Destination(destination.countryId()), lines)).data();
    if (rates.isEmpty()) {
      throw OrderRejections.invalid(VENDOR, "Premiumprint ships none of these items to " + order.shippingAddress().countryCode());
    }
    if (order.shippingMethod() == null || order.shippingMethod().isBlank()) {
      return rates.stream().min(Comparator.comparing(ShippingRate::price)).orElseThrow();
    }
    String wanted = order.shippingMethod().trim().toUpperCase(Locale.ROOT);
    return rates.stream()
        .filter(r -> wanted.equalsIgnoreCase(r.code()))
        .findFirst()
        .orElseThrow(
            () -> OrderRejections.invalid(
                VENDOR,
                "shipping method " + wanted + " is not offered to " + order.shippingAddress().countryCode() + "; offered: "
                    + rates.stream().map(ShippingRate::code).toList()));
  }

  /** The variant's price plus the surcharges of the chosen option values, after checking them. */
  private BigDecimal unitPrice(OrderItem item, Destination destination) {
    if (item.productId() == null || item.productId().isBlank()) {
      throw OrderRejections.invalid(VENDOR, "item " + item.itemReference() + ": productId is needed to price a Premiumprint variant");
    }
    int variantId = PremiumprintOrderMapper.variantId(item);
    Variant variant =
        api.variants(item.productId()).data().stream()
            .filter(v -> v.id() != null && v.id() == variantId)
            .findFirst()
            .orElseThrow(() -> OrderRejections.invalid(VENDOR, "item " + item.itemReference() + ": variant " + variantId + " is not a variant of product " + item.productId()));
    if (!variant.shippingCountries().isEmpty() && !variant.shippingCountries().contains(destination.countryId())) {
      throw OrderRejections.invalid(VENDOR, "item " + item.itemReference() + ": variant " + variantId + " does not ship to country " + destination.countryId());
    }
    BigDecimal price = variant.price() == null ? BigDecimal.ZERO : variant.price();
    Map<String, Integer> chosen = PremiumprintOrderMapper.optionValues(item);
    for (Variant.Option option : variant.options()) {
      Integer valueId = chosen.get(option.id());
      if (valueId == null) {
        if (Boolean.TRUE.equals(option.isRequired())) {
          throw OrderRejections.invalid(VENDOR, "item " + item.itemReference() + ": option " + option.id() + " (" + option.name() + ") is required");
        }
        continue;
      }
      Variant.OptionValue value =
          option.values().stream()
              .filter(v -> valueId.equals(v.id()))
              .findFirst()
              .orElseThrow(() -> OrderRejections.invalid(VENDOR, "item " + item.itemReference() + ": " + valueId + " is not a value of option " + option.id() + " (" + option.name() + ")"));
      price = price.add(value.price() == null ? BigDecimal.ZERO : value.price());
    }
    for (String optionId : chosen.keySet()) {
      if (variant.options().stream().noneMatch(o -> optionId.equals(o.id()))) {
        throw OrderRejections.invalid(VENDOR, "item " + item.itemReference() + ": variant " + variantId + " has no option " + optionId);
      }
    }
    return price;
  }
}
