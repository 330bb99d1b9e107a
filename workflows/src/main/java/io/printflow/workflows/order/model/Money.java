package io.printflow.workflows.order.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** An amount in one currency (ISO 4217 code). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Money(BigDecimal amount, String currency) {

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  public Money plus(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
    }
    return new Money(amount.add(other.amount), currency);
  }

  public boolean exceeds(Money ceiling) {
    if (!currency.equals(ceiling.currency)) {
      throw new IllegalArgumentException("cannot compare " + currency + " with " + ceiling.currency);
    }
    return amount.compareTo(ceiling.amount) > 0;
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
