package io.printflow.starter.order;

import io.printflow.starter.order.rules.VendorOrderRulebook;
import io.printflow.starter.system.FieldProblem;
import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.Money;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.ProductionHandoff;
import io.printflow.workflows.vendor.VendorProfile;
import io.printflow.workflows.vendor.VendorProfiles;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks an order before anything starts, naming every field that is wrong. */
@Component
public class OrderRequestValidator {

  static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  static final int MAX_ITEMS = 100;
  static final int MAX_QUANTITY = 100_000;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private final VendorOrderRulebook rulebook;

  public OrderRequestValidator(VendorOrderRulebook rulebook) {
    this.rulebook = rulebook;
  }

  /** Every problem of the order, each naming its field; empty when the order may start. */
  public List<FieldProblem> validate(OrderRequest order) {
    FieldProblems problems = new FieldProblems();
    if (order == null) {
      problems.add("", "a JSON order is required");
      return problems.list();
    }
    reference(problems, "orderReference", order.orderReference());
    Optional<VendorProfile> vendor = vendor(problems, "vendor", order.vendor());
    items(problems, "items", order.items());
    address(problems, "shippingAddress", order.shippingAddress(), true);
    if (order.billingAddress() != null) {
      address(problems, "billingAddress", order.billingAddress(), true);
    }
    if (order.contact() != null && order.contact().email() != null && !order.contact().email().contains("@")) {
      problems.add("contact.email", "must be an email address");
    }
    maxLength(problems, "shippingMethod", order.shippingMethod(), 32);
    maxLength(problems, "note", order.note(), 1000);
    money(problems, "priceCeiling", order.priceCeiling());
    vendor.ifPresent(profile -> rulebook.check(profile.id(), order.items(), problems.at("items"), false));
    vendor.ifPresent(profile -> production(problems, order, profile));
    return problems.list();
  }

  private static void reference(FieldProblems problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(field, "is required");
    } else if (!REFERENCE.matcher(value).matches()) {
      problems.add(field, "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  private static Optional<VendorProfile> vendor(FieldProblems problems, String field, String id) {
    if (id == null || id.isBlank()) {
      problems.add(field, "is required; one of " + VendorProfiles.ids());
      return Optional.empty();
    }
    Optional<VendorProfile> profile = VendorProfiles.byId(id);
    if (profile.isEmpty()) {
      problems.add(field, "unknown vendor '" + id + "'; one of " + VendorProfiles.ids());
    }
    return profile;
  }

  private static void items(FieldProblems problems, String field, List<OrderItem> items) {
    if (items == null || items.isEmpty()) {
      problems.add(field, "at least one item is required");
      return;
    }
    if (items.size() > MAX_ITEMS) {
      problems.add(field, "at most " + MAX_ITEMS + " items per order");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String at = field + "[" + i + "]";
      OrderItem item = items.get(i);
      if (item == null) {
        problems.add(at, "must be an item, not null");
        continue;
      }
      reference(problems, at + ".itemReference", item.itemReference());
      if (item.itemReference() != null && !seen.add(item.itemReference())) {
        problems.add(at + ".itemReference", "'" + item.itemReference() + "' is used by another item of this order");
      }
      if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
        problems.add(at + ".quantity", "must be between 1 and " + MAX_QUANTITY);
      }
      maxLength(problems, at + ".productId", item.productId(), 64);
      maxLength(problems, at + ".variantId", item.variantId(), 64);
      item.options().forEach((key, value) -> {
        if (key.isBlank() || key.length() > 64) {
          problems.add(at + ".options", "option names must be 1 to 64 characters");
        }
        if (value == null || value.length() > 256) {
          problems.add(at + ".options." + key, "must be a value of at most 256 characters");
        }
      });
      artwork(problems, at + ".artwork", item.artwork());
    }
  }

  private static void artwork(FieldProblems problems, String field, Artwork artwork) {
    if (artwork == null) {
      problems.add(field, "is required: a file url, or a templateConfig");
      return;
    }
    if (artwork.url() == null && artwork.templateConfig() == null) {
      problems.add(field, "needs a url or a templateConfig");
    }
    if (artwork.url() != null) {
      url(problems, field + ".url", artwork.url());
    }
    maxLength(problems, field + ".templateConfig", artwork.templateConfig(), 64 * 1024);
    if (artwork.thumbnails() != null) {
      for (int i = 0; i < artwork.thumbnails().size(); i++) {
        url(problems, field + ".thumbnails[" + i + "]", artwork.thumbnails().get(i));
      }
    }
  }

  private static void url(FieldProblems problems, String field, String value) {
    try {
      URI uri = URI.create(value);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        problems.add(field, "must be an http(s) URL");
      }
    } catch (IllegalArgumentException | NullPointerException notAUri) {
      problems.add(field, "must be an http(s) URL");
    }
    maxLength(problems, field, value, 2048);
  }

  private static void address(FieldProblems problems, String field, Address address, boolean required) {
    if (address == null) {
      if (required) {
        problems.add(field, "is required");
      }
      return;
    }
    required(problems, field + ".firstName", address.firstName(), 64);
    required(problems, field + ".lastName", address.lastName(), 64);
    required(problems, field + ".line1", address.line1(), 128);
    required(problems, field + ".postcode", address.postcode(), 16);
    required(problems, field + ".city", address.city(), 64);
    maxLength(problems, field + ".company", address.company(), 128);
    maxLength(problems, field + ".line2", address.line2(), 128);
    maxLength(problems, field + ".region", address.region(), 64);
    maxLength(problems, field + ".phone", address.phone(), 32);
    maxLength(problems, field + ".email", address.email(), 254);
    if (address.countryCode() == null || !COUNTRIES.contains(address.countryCode())) {
      problems.add(field + ".countryCode", "must be an ISO 3166-1 alpha-2 code in capitals, e.g. DE");
    }
  }

  private static void money(FieldProblems problems, String field, Money money) {
    if (money == null) {
      return;
    }
    if (money.amount() == null || money.amount().compareTo(BigDecimal.ZERO) <= 0) {
      problems.add(field + ".amount", "must be a positive number");
    } else if (money.amount().scale() > 2) {
      problems.add(field + ".amount", "must have at most two decimal places");
    }
    if (money.currency() == null || !CURRENCY.matcher(money.currency()).matches()) {
      problems.add(field + ".currency", "must be an ISO 4217 code such as EUR");
    }
  }

  private void production(FieldProblems problems, OrderRequest order, VendorProfile vendor) {
    ProductionHandoff production = order.production();
    if (production == null) {
      return;
    }
    if (!vendor.capabilities().producesPrintFiles()) {
      problems.add("production", "only an order for a print-file vendor hands over to a production vendor");
      return;
    }
    Optional<VendorProfile> producer = vendor(problems, "production.vendor", production.vendor());
    producer.filter(p -> p.capabilities().producesPrintFiles())
        .ifPresent(p -> problems.add("production.vendor", "must be a vendor that produces parcels"));
    producer.ifPresent(p -> rulebook.check(p.id(), production.items(), problems.at("production.items"), true));
    maxLength(problems, "production.shippingMethod", production.shippingMethod(), 32);
    Set<String> references = new HashSet<>();
    order.items().stream().filter(i -> i != null && i.itemReference() != null).forEach(i -> references.add(i.itemReference()));
    if (production.items().size() != references.size()) {
      problems.add("production.items", "must name the production product of each of the " + references.size() + " items");
    }
    for (int i = 0; i < production.items().size(); i++) {
      OrderItem item = production.items().get(i);
      String at = "production.items[" + i + "]";
      if (item == null || !references.contains(item.itemReference())) {
        problems.add(at + ".itemReference", "must be the itemReference of one of the order's items");
        continue;
      }
      if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
        problems.add(at + ".quantity", "must be between 1 and " + MAX_QUANTITY);
      }
      if (item.artwork() != null) {
        problems.add(at + ".artwork", "comes from the print file; leave it out");
      }
    }
  }

  private static void required(FieldProblems problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(field, "is required");
    } else {
      maxLength(problems, field, value, max);
    }
  }

  private static void maxLength(FieldProblems problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(field, "must be at most " + max + " characters");
    }
  }

}
