package io.printflow.starter.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The filters every API request passes first: the caller's key, then the body's size. */
@Configuration(proxyBeanMethods = false)
class FrontDoorConfiguration {

  private static final Logger log = LoggerFactory.getLogger(FrontDoorConfiguration.class);

  @Bean
  FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiProperties properties, ObjectMapper json) {
    ApiKeys keys = new ApiKeys(properties.keys());
    if (keys.open()) {
      log.warn("No API keys configured (printflow.api.keys): the order API is open to every caller. Configure keys for anything but local use.");
    } else {
      log.info("Order API requires one of {} configured API key(s) in the {} header", properties.keys().size(), ApiKeyFilter.HEADER);
    }
    FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(keys, json));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BodySizeFilter> bodySizeFilter(ApiProperties properties, ObjectMapper json) {
    FilterRegistrationBean<BodySizeFilter> registration =
        new FilterRegistrationBean<>(new BodySizeFilter(properties.maxBodySize().toBytes(), json));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
