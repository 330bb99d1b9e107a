package io.printflow.starter.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** Keys: compared whole, never printed; none configured means the API is open. */
class ApiKeysTest {

  @Test
  void onlyAConfiguredKeyIsAccepted() {
    ApiKeys keys = new ApiKeys(List.of("k-one", "k-two"));

    assertThat(keys.accepts("k-one")).isTrue();
    assertThat(keys.accepts("k-two")).isTrue();
    assertThat(keys.accepts("k-on")).isFalse();
    assertThat(keys.accepts("k-one ")).isFalse();
    assertThat(keys.accepts("")).isFalse();
    assertThat(keys.accepts(null)).isFalse();
    assertThat(keys.open()).isFalse();
  }

  @Test
  void noKeysMeansOpenAndTheFilterStandsAside() {
    ApiKeyFilter filter = new ApiKeyFilter(new ApiKeys(new ApiProperties(List.of(" ", ""), DataSize.ofKilobytes(256), Duration.ofSeconds(10), Duration.ofSeconds(10)).keys()), null);
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/orders");

    assertThat(filter.shouldNotFilter(request)).isTrue();
  }

  @Test
  void webhooksActuatorAndDocsNeedNoKey() {
    ApiKeyFilter filter = new ApiKeyFilter(new ApiKeys(List.of("k")), null);

    assertThat(filter.shouldNotFilter(new MockHttpServletRequest("POST", "/api/v1/webhooks/premiumprint"))).isTrue();
    assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/actuator/health"))).isTrue();
    assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/v3/api-docs"))).isTrue();
    assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/api/v1/orders"))).isFalse();
  }

  @Test
  void keysNeverReachALog() {
    ApiProperties properties = new ApiProperties(List.of("secret-key-1"), DataSize.ofKilobytes(256), Duration.ofSeconds(10), Duration.ofSeconds(10));

    assertThat(properties.toString()).doesNotContain("secret-key-1").contains("1 configured");
  }
}
