package io.printflow.starter.order.rules;

import io.printflow.starter.system.FieldProblems;
import io.printflow.workflows.order.model.OrderItem;
import java.util.Collection;
import java.util.regex.Pattern;

/** The small checks vendors' rules are made of, each naming the field it judges. */
final class ItemChecks {

  private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{1,18}");
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ItemChecks() {}

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  static void numericId(FieldProblems problems, String field, String value, String vendorName, boolean required) {
    if (!present(value)) {
      if (required) {
        problems.add(field, "is required by " + vendorName);
      }
    } else if (!NUMERIC_ID.matcher(value).matches()) {
      problems.add(field, vendorName + " ids are numbers, e.g. \"42\"; '" + value + "' is not");
    }
  }

  static void uuid(FieldProblems problems, String field, String value, String vendorName) {
    if (!present(value)) {
      problems.add(field, "is required by " + vendorName);
    } else if (!UUID.matcher(value).matches()) {
      problems.add(field, vendorName + " ids are UUIDs; '" + value + "' is not");
    }
  }

  static void oneOf(FieldProblems problems, String field, String value, Collection<String> allowed, String vendorName) {
    if (!present(value)) {
      problems.add(field, "is required by " + vendorName + "; one of " + allowed);
    } else if (!allowed.contains(value)) {
      problems.add(field, "'" + value + "' is not one of " + allowed + " at " + vendorName);
    }
  }

  static void artworkUrl(FieldProblems problems, OrderItem item, String vendorName) {
    if (item.artwork() == null || !present(item.artwork().url())) {
      problems.add("artwork.url", "is required by " + vendorName + ": it downloads the print file from there");
    }
  }
}
