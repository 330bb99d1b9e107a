package io.printflow.starter.system;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.printflow.workflows.order.model.Address;
import io.printflow.workflows.order.model.Artwork;
import io.printflow.workflows.order.model.CancelRequest;
import io.printflow.workflows.order.model.Contact;
import io.printflow.workflows.order.model.Money;
import io.printflow.workflows.order.model.OperatorResolution;
import io.printflow.workflows.order.model.OrderItem;
import io.printflow.workflows.order.model.OrderRequest;
import io.printflow.workflows.order.model.ProductionHandoff;
import io.printflow.workflows.order.model.QuoteDecision;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The front door reads JSON strictly: a duplicate key, trailing content, a string where a number
 * belongs or a field the API does not know is refused, never silently dropped. (An absent flag or
 * number reads as false or 0, which the validator then judges: a record cannot tell absent from null.)
 * The model's records tolerate unknown fields for the sake of old workflow histories; here a mix-in
 * takes that tolerance back.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

  private static final List<Class<?>> REQUEST_TYPES =
      List.of(OrderRequest.class, OrderItem.class, Address.class, Contact.class, Artwork.class, Money.class,
          ProductionHandoff.class, CancelRequest.class, QuoteDecision.class, OperatorResolution.class);

  @JsonIgnoreProperties(ignoreUnknown = false)
  private interface RefuseUnknownFields {}

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictRequests() {
    return builder -> {
      REQUEST_TYPES.forEach(type -> builder.mixIn(type, RefuseUnknownFields.class));
      builder.featuresToEnable(
          DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
          DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
          DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
          DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
          JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      builder.featuresToDisable(
          MapperFeature.ALLOW_COERCION_OF_SCALARS,
          DeserializationFeature.ACCEPT_FLOAT_AS_INT);
      // A number or a flag where text belongs is a mistake too, not a string to guess.
      builder.postConfigurer(mapper -> {
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
      });
    };
  }
}
