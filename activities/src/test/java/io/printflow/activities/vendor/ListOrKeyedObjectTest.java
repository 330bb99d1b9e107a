package io.printflow.activities.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list sent as an array in one answer and as an object keyed by id in another. */
class ListOrKeyedObjectTest {

  record Option(String id, String name) {}

  record Holder(@JsonDeserialize(using = ListOrKeyedObject.class) List<Option> options) {}

  record Numbers(@JsonDeserialize(using = ListOrKeyedObject.class) List<Integer> values) {}

  @Test
  void array() throws Exception {
    assertThat(read("{\"options\": [{\"id\": 1, \"name\": \"Border\"}, {\"id\": 2, \"name\": \"Frame\"}]}"))
        .containsExactly(new Option("1", "Border"), new Option("2", "Frame"));
  }

  @Test
  void objectKeyedByIdGivesTheKeyAsId() throws Exception {
    assertThat(read("{\"options\": {\"1\": {\"name\": \"Border\"}, \"7\": {\"name\": \"Frame\"}}}"))
        .containsExactly(new Option("1", "Border"), new Option("7", "Frame"));
  }

  @Test
  void elementsOwnIdWinsOverTheKey() throws Exception {
    assertThat(read("{\"options\": {\"1\": {\"id\": 9, \"name\": \"Border\"}}}")).containsExactly(new Option("9", "Border"));
  }

  @Test
  void emptyArrayEmptyObjectNullAndMissingAreEmpty() throws Exception {
    assertThat(read("{\"options\": []}")).isEmpty();
    assertThat(read("{\"options\": {}}")).isEmpty();
    assertThat(read("{\"options\": null}")).isNotNull().isEmpty();
  }

  @Test
  void keyedScalarsAreReadAsElements() throws Exception {
    Numbers numbers = VendorJson.mapper().readValue("{\"values\": {\"1\": 3, \"2\": \"6\"}}", Numbers.class);

    assertThat(numbers.values()).containsExactly(3, 6);
  }

  private static List<Option> read(String json) throws Exception {
    return VendorJson.mapper().readValue(json, Holder.class).options();
  }
}
