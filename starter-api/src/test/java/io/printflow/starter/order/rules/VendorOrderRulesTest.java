package io.printflow.starter.order.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.printflow.starter.system.FieldProblem;
import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.OrderItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each vendor's own rules: a good item passes, and each broken rule is named by its field. */
class VendorOrderRulesTest {

  private final VendorOrderRulebook rulebook = new VendorOrderRulebook(List.of(new PremiumprintOrderRules(), new PrintFileOmsOrderRules(),
      new PassionGraphicOrderRules(), new BoxResellerOrderRules(), new PrintofotoOrderRules()));

  private List<FieldProblem> check(String vendor, OrderItem item) {
    return check(vendor, item, false);
  }

  private List<FieldProblem> check(String vendor, OrderItem item, boolean artworkFollows) {
    FieldProblems problems = new FieldProblems();
    rulebook.check(vendor, List.of(item), problems.at("items"), artworkFollows);
    return problems.list();
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  private static OrderItem item(String productId, String variantId, Map<String, String> options, Artwork artwork) {
    return new OrderItem("i-1", productId, variantId, 1, options, artwork);
  }

  private static Artwork url(String url) {
    return Artwork.ofUrl(url);
  }

  @Test
  void premiumprint() {
    assertThat(check("premiumprint", item("1", "3", Map.of("1", "3"), url("https://f.example/a.png")))).isEmpty();
    assertThat(fields(check("premiumprint", item("canvas", "3", Map.of(), url("https://f.example/a.png"))))).containsExactly("items[0].productId");
    assertThat(fields(check("premiumprint", item("1", null, Map.of(), url("https://f.example/a.png"))))).containsExactly("items[0].variantId");
    assertThat(fields(check("premiumprint", item("1", "3", Map.of("size", "3"), url("https://f.example/a.png"))))).containsExactly("items[0].options");
    assertThat(fields(check("premiumprint", item("1", "3", Map.of("1", "red"), url("https://f.example/a.png"))))).containsExactly("items[0].options.1");
    assertThat(fields(check("premiumprint", item("1", "3", Map.of(), new Artwork(null, "{}", List.of()))))).containsExactly("items[0].artwork.url");
    // A production leg's artwork is the print file still to come.
    assertThat(check("premiumprint", item("1", "3", Map.of(), null), true)).isEmpty();
  }

  @Test
  void printFileOms() {
    Artwork template = new Artwork(null, "{\"layers\":[]}", List.of("https://f.example/t.png"));
    assertThat(check("print-file-oms", item(null, "7", Map.of(), template))).isEmpty();
    assertThat(check("print-file-oms", item("mug", null, Map.of(), template))).isEmpty();
    assertThat(fields(check("print-file-oms", item(null, null, Map.of(), template)))).containsExactly("items[0].variantId");
    assertThat(fields(check("print-file-oms", item(null, "7", Map.of(), new Artwork(null, null, List.of("https://f.example/t.png"))))))
        .containsExactly("items[0].artwork.templateConfig");
    assertThat(fields(check("print-file-oms", item(null, "7", Map.of(), new Artwork(null, "{}", List.of())))))
        .containsExactly("items[0].artwork.thumbnails");
  }

  @Test
  void passionGraphic() {
    assertThat(check("passion-graphic", item("3f2c9a4e-8b1d-4c6e-9a7b-2d5e8f1a0b3c", null, Map.of(), url("https://f.example/a.pdf")))).isEmpty();
    assertThat(fields(check("passion-graphic", item("42", null, Map.of(), url("https://f.example/a.pdf"))))).containsExactly("items[0].productId");
    assertThat(fields(check("passion-graphic", item("3f2c9a4e-8b1d-4c6e-9a7b-2d5e8f1a0b3c", null, Map.of(), null)))).containsExactly("items[0].artwork.url");
  }

  @Test
  void boxReseller() {
    Map<String, String> options = new LinkedHashMap<>(Map.of("material", "kraft", "width", "300", "depth", "200.5", "height", "150.25",
        "manufacturing_time", "express"));
    assertThat(check("box-reseller", item("FEFCO-0201", null, options, url("https://f.example/box.PDF?token=abc")))).isEmpty();
    assertThat(fields(check("box-reseller", item(null, null, options, url("https://f.example/box.pdf"))))).containsExactly("items[0].productId");
    assertThat(fields(check("box-reseller", item("FEFCO-0201", null, options, url("https://f.example/box.png?name=a.pdf")))))
        .containsExactly("items[0].artwork.url");

    Map<String, String> bad = new LinkedHashMap<>(options);
    bad.remove("material");
    bad.put("width", "-3");
    bad.put("depth", "20.555");
    bad.put("height", "tall");
    bad.put("manufacturing_time", "overnight");
    assertThat(fields(check("box-reseller", item("FEFCO-0201", null, bad, url("https://f.example/box.pdf")))))
        .containsExactly("items[0].options.material", "items[0].options.width", "items[0].options.depth", "items[0].options.height",
            "items[0].options.manufacturing_time");
  }

  @Test
  void printofoto() {
    assertThat(check("printofoto", item("poster", null, Map.of(), url("https://f.example/p.jpg")))).isEmpty();
    assertThat(check("printofoto", item("photobook", null, Map.of(), url("https://f.example/p.jpg"))))
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("items[0].productId", "'photobook' is not one of [poster] at Printofoto"));
    assertThat(fields(check("printofoto", item("poster", null, Map.of(), null)))).containsExactly("items[0].artwork.url");
  }

  @Test
  void rulesForAnUnknownVendorAreABug() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new VendorOrderRulebook(List.of(new VendorOrderRules() {
      @Override
      public String vendor() {
        return "printcorp";
      }

      @Override
      public void check(OrderItem item, FieldProblems problems, boolean artworkFollows) {}
    }))).isInstanceOf(IllegalStateException.class);
  }
}
