package io.printflow.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which active faults fire for a request, and how {@code times} and {@code probability} bound them. */
class FaultInjectorTest {

  private final FaultInjector injector = new FaultInjector(new FaultProperties(List.of()));

  @Test
  void ruleMatchesVendorMethodAndPathPattern() {
    injector.add(rule("premiumprint", "GET", "/orders/*", FaultKind.ERROR, null, null));

    assertThat(injector.decide("premiumprint", "GET", "/orders/PPO1").fired()).hasSize(1);
    assertThat(injector.decide("premiumprint", "get", "/orders/PPO1").fired()).as("any case of method").hasSize(1);
    assertThat(injector.decide("premiumprint", "DELETE", "/orders/PPO1").fired()).isEmpty();
    assertThat(injector.decide("premiumprint", "GET", "/orders").fired()).isEmpty();
    assertThat(injector.decide("box-reseller", "GET", "/orders/PPO1").fired()).isEmpty();
  }

  @Test
  void ruleWithoutMethodOrPathMatchesEveryRequestOfItsVendor() {
    injector.add(rule("premiumprint", null, null, FaultKind.LATENCY, null, null));

    assertThat(injector.decide("premiumprint", "POST", "/shipping/rates").fired()).hasSize(1);
    assertThat(injector.decide("premiumprint", "GET", "/").fired()).hasSize(1);
  }

  @Test
  void timesLimitsTheMatchingRequestsAFaultFiresFor() {
    injector.add(rule("premiumprint", "POST", "/orders", FaultKind.COMMIT_THEN_DROP, null, 2));

    assertThat(injector.decide("premiumprint", "GET", "/products").fired()).as("does not use up a time").isEmpty();
    assertThat(injector.decide("premiumprint", "POST", "/orders").fired()).hasSize(1);
    assertThat(injector.rules()).hasSize(1);
    assertThat(injector.decide("premiumprint", "POST", "/orders").fired()).hasSize(1);
    assertThat(injector.rules()).as("spent").isEmpty();
    assertThat(injector.decide("premiumprint", "POST", "/orders").fired()).isEmpty();
  }

  @Test
  void probabilityZeroNeverFiresAndOneAlwaysDoes() {
    injector.add(rule("premiumprint", null, null, FaultKind.ERROR, 0.0, null));
    injector.add(rule("premiumprint", null, null, FaultKind.RATE_LIMIT, 1.0, null));

    for (int i = 0; i < 50; i++) {
      assertThat(injector.decide("premiumprint", "GET", "/products").fired()).extracting(FaultRule::kind).containsExactly(FaultKind.RATE_LIMIT);
    }
  }

  @Test
  void aRuleThatDoesNotFireKeepsItsTimes() {
    injector.add(rule("premiumprint", null, null, FaultKind.ERROR, 0.0, 1));

    injector.decide("premiumprint", "GET", "/products");

    assertThat(injector.rules()).hasSize(1);
  }

  @Test
  void atMostOneFaultOfEachKindFires() {
    injector.add(rule("premiumprint", null, null, FaultKind.ERROR, null, 1));
    injector.add(rule("premiumprint", null, null, FaultKind.ERROR, null, 1));
    injector.add(rule("premiumprint", null, null, FaultKind.LATENCY, null, null));

    FaultInjector.Decision first = injector.decide("premiumprint", "GET", "/products");
    FaultInjector.Decision second = injector.decide("premiumprint", "GET", "/products");

    assertThat(first.fired()).extracting(FaultRule::kind).containsExactlyInAnyOrder(FaultKind.ERROR, FaultKind.LATENCY);
    assertThat(second.fired()).as("the second ERROR waited its turn").extracting(FaultRule::kind)
        .containsExactlyInAnyOrder(FaultKind.ERROR, FaultKind.LATENCY);
    assertThat(injector.decide("premiumprint", "GET", "/products").fired()).extracting(FaultRule::kind).containsExactly(FaultKind.LATENCY);
  }

  @Test
  void answeringInsteadOfTheVendorComesBeforeSpoilingItsAnswer() {
    FaultInjector.Decision decision = new FaultInjector.Decision(List.of(
        rule("premiumprint", null, null, FaultKind.COMMIT_THEN_ERROR, null, null),
        rule("premiumprint", null, null, FaultKind.RATE_LIMIT, null, null),
        rule("premiumprint", null, null, FaultKind.ERROR, null, null),
        rule("premiumprint", null, null, FaultKind.COMMIT_THEN_DROP, null, null)));

    assertThat(decision.before()).get().extracting(FaultRule::kind).isEqualTo(FaultKind.ERROR);
    assertThat(decision.after()).get().extracting(FaultRule::kind).isEqualTo(FaultKind.COMMIT_THEN_DROP);
    assertThat(new FaultInjector.Decision(List.of()).before()).isEmpty();
  }

  @Test
  void replaceAllAndClear() {
    injector.add(rule("premiumprint", null, null, FaultKind.ERROR, null, null));
    injector.replaceAll(List.of(rule("premiumprint", null, "/products", FaultKind.LATENCY, null, null)));

    assertThat(injector.rules()).extracting(FaultRule::kind).containsExactly(FaultKind.LATENCY);
    injector.clear();
    assertThat(injector.rules()).isEmpty();
  }

  @Test
  void rulesFromConfigurationAreActiveFromTheStart() {
    FaultInjector configured = new FaultInjector(new FaultProperties(List.of(rule("premiumprint", "POST", "/orders", FaultKind.ERROR, null, 1))));

    assertThat(configured.decide("premiumprint", "POST", "/orders").fired()).hasSize(1);
  }

  @Test
  void invalidRulesAreRefused() {
    assertThatThrownBy(() -> rule(null, null, null, FaultKind.ERROR, null, null)).hasMessageContaining("vendor");
    assertThatThrownBy(() -> rule("premiumprint", null, null, null, null, null)).hasMessageContaining("kind");
    assertThatThrownBy(() -> rule("premiumprint", null, null, FaultKind.ERROR, 1.5, null)).hasMessageContaining("probability");
    assertThatThrownBy(() -> rule("premiumprint", null, null, FaultKind.ERROR, null, 0)).hasMessageContaining("times");
  }

  private static FaultRule rule(String vendor, String method, String path, FaultKind kind, Double probability, Integer times) {
    return new FaultRule(vendor, method, path, kind, probability, times, null, null, null);
  }
}
