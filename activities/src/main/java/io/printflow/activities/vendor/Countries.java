package io.printflow.activities.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;

/** ISO 3166-1 country codes: our orders carry alpha-2 codes, some vendors want numbers or names. */
public final class Countries {

  private static final Properties NUMERIC = load();

  private Countries() {}

  /** The ISO numeric code of an alpha-2 code (DE gives 276), if it is a country. */
  public static OptionalInt numeric(String alpha2) {
    String value = alpha2 == null ? null : NUMERIC.getProperty(alpha2.toUpperCase(Locale.ROOT));
    return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
  }

  /** The English name of an alpha-2 code (FR gives France). */
  public static String englishName(String alpha2) {
    return new Locale("", alpha2.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
  }

  private static Properties load() {
    Properties table = new Properties();
    try (InputStream in = Countries.class.getResourceAsStream("iso3166-numeric.properties")) {
      table.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
