package io.printflow.activities.vendor.printofoto;

import io.printflow.activities.vendor.printofoto.dto.Poster;
import io.printflow.activities.vendor.printofoto.dto.PosterRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Printofoto products an item can be, named by the item's {@code productId}: each is a
 * customisation resource holding the item's image, with its {@code id_product} in order details,
 * its formats and the options it takes. Printofoto has no catalogue endpoint: the document is the
 * catalogue.
 */
enum PrintofotoProduct {

  /** {@code /api/poster}, {@code id_product} 14: format 297x420 (the default) or 420x297, an optional logo. */
  POSTER("poster", 14, List.of("297x420", "420x297"), "297x420") {
    @Override
    Optional<Customisation> find(PrintofotoApi api, String custom) {
      return PrintofotoErrors.noneIfNotFound(() -> api.postersWithCustom(custom)).stream()
          .filter(p -> custom.equals(p.custom()) && p.idPoster() != null)
          .findFirst()
          .map(PrintofotoProduct::of);
    }

    @Override
    Customisation create(PrintofotoApi api, String imageUrl, String custom, Map<String, String> options) {
      return of(api.createPoster(new PosterRequest(imageUrl, options.get(LOGO_URL), custom, format(options))));
    }

    @Override
    String customOf(PrintofotoApi api, String id) {
      return api.poster(id).custom();
    }
  };

  /** The item option that chooses the format, e.g. {@code 297x420}. */
  static final String FORMAT = "format";

  /** The item option with the URL of a logo printed on the back. */
  static final String LOGO_URL = "logo_url";

  static final Set<String> OPTIONS = Set.of(FORMAT, LOGO_URL);

  private final String productId;
  private final int idProduct;
  private final List<String> formats;
  private final String defaultFormat;

  PrintofotoProduct(String productId, int idProduct, List<String> formats, String defaultFormat) {
    this.productId = productId;
    this.idProduct = idProduct;
    this.formats = formats;
    this.defaultFormat = defaultFormat;
  }

  /** A customisation as we use it: its id (the order detail's {@code id_custom}) and its {@code custom} key. */
  record Customisation(String id, String custom) {}

  /** The customisation whose {@code custom} is {@code custom}, made by an earlier attempt. */
  abstract Optional<Customisation> find(PrintofotoApi api, String custom);

  /** Creates the customisation from the image's preview URL and the item's options. */
  abstract Customisation create(PrintofotoApi api, String imageUrl, String custom, Map<String, String> options);

  /** The {@code custom} key of the customisation with this id. */
  abstract String customOf(PrintofotoApi api, String id);

  /** The item's {@code productId} for this product. */
  String productId() {
    return productId;
  }

  int idProduct() {
    return idProduct;
  }

  List<String> formats() {
    return formats;
  }

  /** The chosen format, or the product's default. */
  String format(Map<String, String> options) {
    String chosen = options.get(FORMAT);
    return chosen == null || chosen.isBlank() ? defaultFormat : chosen.trim();
  }

  static Optional<PrintofotoProduct> ofProductId(String productId) {
    String wanted = productId == null ? "" : productId.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.productId.equals(wanted)).findFirst();
  }

  static Optional<PrintofotoProduct> ofIdProduct(String idProduct) {
    return Arrays.stream(values()).filter(p -> String.valueOf(p.idProduct).equals(PrintofotoStatuses.number(idProduct))).findFirst();
  }

  static List<String> productIds() {
    return Arrays.stream(values()).map(p -> p.productId).toList();
  }

  private static Customisation of(Poster poster) {
    return new Customisation(PrintofotoStatuses.number(poster.idPoster()), poster.custom());
  }
}
