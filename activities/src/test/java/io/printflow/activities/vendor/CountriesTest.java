package io.printflow.activities.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Alpha-2 country codes to the numbers and names some vendors want. */
class CountriesTest {

  @Test
  void numericCodes() {
    assertThat(Countries.numeric("DE")).hasValue(276);
    assertThat(Countries.numeric("us")).as("case does not matter").hasValue(840);
    assertThat(Countries.numeric("AF")).as("no leading zeros to trip on").hasValue(4);
    assertThat(Countries.numeric("AX")).hasValue(248);
  }

  @Test
  void unknownOrMissingCodeIsEmpty() {
    assertThat(Countries.numeric("XX")).isEmpty();
    assertThat(Countries.numeric("DEU")).isEmpty();
    assertThat(Countries.numeric("")).isEmpty();
    assertThat(Countries.numeric(null)).isEmpty();
  }

  @Test
  void englishNames() {
    assertThat(Countries.englishName("FR")).isEqualTo("France");
    assertThat(Countries.englishName("de")).isEqualTo("Germany");
  }
}
