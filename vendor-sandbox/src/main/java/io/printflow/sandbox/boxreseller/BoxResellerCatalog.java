package io.printflow.sandbox.boxreseller;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The sandbox's boxes: articles with their size ranges and minimum quantities, materials with the
 * finishes they take, and a price per box from the board used, so totals are real numbers.
 */
@Component
class BoxResellerCatalog {

  /** Italian VAT, which the document's examples show (tax is 22% of the amount without it). */
  static final BigDecimal TAX_RATE = new BigDecimal("0.22");

  private static final BigDecimal SETUP = new BigDecimal("12.00");
  private static final BigDecimal SQUARE_MM_PER_SQUARE_M = new BigDecimal("1000000");

  /** A box type: size ranges in mm, the fewest boxes made, and the price of the die cut per box. */
  record Article(String code, Range width, Range depth, Range height, int minimumQuantity, BigDecimal basePrice) {}

  /** A board: its price per square metre and the finishes it takes besides printing. */
  record Material(String code, BigDecimal pricePerSquareMetre, Set<String> finishes) {}

  /** Inclusive bounds in mm. */
  record Range(int min, int max) {
    boolean contains(BigDecimal value) {
      return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
    }
  }

  private static final Map<String, Article> ARTICLES = Map.of(
      "s001_v0", new Article("s001_v0", new Range(30, 300), new Range(30, 300), new Range(30, 400), 25, new BigDecimal("0.40")),
      "s001_v1", new Article("s001_v1", new Range(30, 300), new Range(30, 300), new Range(30, 400), 25, new BigDecimal("0.45")),
      "s002_v4", new Article("s002_v4", new Range(50, 500), new Range(50, 400), new Range(20, 200), 25, new BigDecimal("0.55")),
      "s020_v1", new Article("s020_v1", new Range(100, 600), new Range(100, 600), new Range(50, 600), 50, new BigDecimal("0.80")));

  private static final Map<String, Material> MATERIALS = Map.of(
      "SBS300", new Material("SBS300", new BigDecimal("1.10"), Set.of("gold", "silver", "varnish")),
      "FBB285", new Material("FBB285", new BigDecimal("0.95"), Set.of("varnish")),
      "KRAFT300", new Material("KRAFT300", new BigDecimal("0.80"), Set.of()));

  private static final Map<String, BigDecimal> FINISH_PRICES = Map.of(
      "printing", new BigDecimal("0.06"), "gold", new BigDecimal("0.25"), "silver", new BigDecimal("0.25"), "varnish", new BigDecimal("0.05"));

  /** Manufacturing time codes, their days (as documented) and their price factor. */
  private static final Map<String, BigDecimal> SPEED_FACTORS = Map.of(
      "economy", new BigDecimal("1.00"), "standard", new BigDecimal("1.15"), "express", new BigDecimal("1.50"));

  Optional<Article> article(String code) {
    return Optional.ofNullable(ARTICLES.get(code));
  }

  Optional<Material> material(String code) {
    return Optional.ofNullable(MATERIALS.get(code));
  }

  boolean isManufacturingTime(String code) {
    return SPEED_FACTORS.containsKey(code);
  }

  /**
   * A product's price without tax: per box the article, the board its unfolded blank takes and the
   * finishes, times the speed factor and the quantity, plus a setup fee.
   */
  BigDecimal price(Material material, Article article, BigDecimal width, BigDecimal depth, BigDecimal height,
      Set<String> finishes, String manufacturingTime, int quantity) {
    BigDecimal area = width.multiply(depth).add(width.multiply(height)).add(depth.multiply(height)).multiply(BigDecimal.valueOf(2))
        .divide(SQUARE_MM_PER_SQUARE_M, 6, RoundingMode.HALF_UP);
    BigDecimal perBox = article.basePrice().add(material.pricePerSquareMetre().multiply(area));
    for (String finish : finishes) {
      perBox = perBox.add(FINISH_PRICES.get(finish));
    }
    return perBox.multiply(SPEED_FACTORS.get(manufacturingTime)).multiply(BigDecimal.valueOf(quantity)).add(SETUP)
        .setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal withTax(BigDecimal amount) {
    return amount.add(tax(amount));
  }

  static BigDecimal tax(BigDecimal amount) {
    return amount.multiply(TAX_RATE).setScale(2, RoundingMode.HALF_UP);
  }
}
