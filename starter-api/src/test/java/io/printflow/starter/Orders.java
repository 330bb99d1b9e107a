package io.printflow.starter;

import java.util.UUID;

/** Order bodies for tests: valid ones per vendor, with a fresh reference each time. */
public final class Orders {

  private Orders() {}

  public static String reference(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid Premiumprint order (the example's shape); {@code note} scripts the test workflow. */
  public static String premiumprint(String reference, String note) {
    return """
        {
          "orderReference": "%s",
          "vendor": "premiumprint",
          "items": [
            {
              "itemReference": "%s-1",
              "productId": "1",
              "variantId": "3",
              "quantity": 1,
              "options": { "1": "3", "2": "6" },
              "artwork": { "url": "https://files.example.com/print/%s-1.png?token=XJRHAZQU76AU41KJ" }
            }
          ],
          "shippingAddress": {
            "firstName": "Erika", "lastName": "Mustermann", "line1": "Heidestrasse 17",
            "postcode": "51147", "city": "Koeln", "countryCode": "DE"
          },
          "shippingMethod": "GLS",
          "priceCeiling": { "amount": 60.00, "currency": "EUR" },
          "note": %s
        }
        """.formatted(reference, reference, reference, note == null ? "null" : "\"" + note + "\"");
  }

  public static String premiumprint(String reference) {
    return premiumprint(reference, null);
  }

  /** A valid print-file OMS order whose print files go to Premiumprint for production. */
  public static String printFileOms(String reference, String note) {
    return """
        {
          "orderReference": "%s",
          "vendor": "print-file-oms",
          "items": [
            {
              "itemReference": "mug",
              "variantId": "7",
              "quantity": 2,
              "artwork": { "templateConfig": "{\\"layers\\":[]}", "thumbnails": ["https://files.example.com/thumb/%s.png"] }
            }
          ],
          "shippingAddress": {
            "firstName": "Erika", "lastName": "Mustermann", "line1": "Heidestrasse 17",
            "postcode": "51147", "city": "Koeln", "countryCode": "DE"
          },
          "production": { "vendor": "premiumprint", "shippingMethod": "GLS",
                          "items": [ { "itemReference": "mug", "variantId": "5", "quantity": 2 } ] },
          "note": %s
        }
        """.formatted(reference, reference, note == null ? "null" : "\"" + note + "\"");
  }
}
