package io.printflow.activities.vendor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The Jackson mapper for vendor payloads: lenient in what it reads, sparse in what it writes. */
public final class VendorJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          // Vendors add fields without notice; we read what we know.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // "1" for 1 and 1 for "1" are coerced by default; a lone object where a list belongs is read as
          // one, and a one-element list where a lone object belongs as its element.
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
          .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
          .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private VendorJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
