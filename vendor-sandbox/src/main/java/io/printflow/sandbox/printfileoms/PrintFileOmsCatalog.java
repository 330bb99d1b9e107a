package io.printflow.sandbox.printfileoms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The shop's variants the sandbox OMS has print templates for ({@code ecommerce_variant_id} to name).
 * The OMS renders only variants it was set up for, so an order naming another is refused.
 */
@Component
class PrintFileOmsCatalog {

  private final Map<String, String> variants = new LinkedHashMap<>();

  PrintFileOmsCatalog() {
    try (InputStream in = PrintFileOmsCatalog.class.getResourceAsStream("/print-file-oms/variants.json")) {
      for (JsonNode variant : new ObjectMapper().readTree(in)) {
        variants.put(variant.get("ecommerce_variant_id").asText(), variant.get("name").asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<String> variantName(String ecommerceVariantId) {
    return Optional.ofNullable(variants.get(ecommerceVariantId));
  }
}
