package io.printflow.starter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The starter API: the shop backend's door to its orders, and the vendors' door for webhooks. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StarterApiApplication {

  public static void main(String[] args) {
    SpringApplication.run(StarterApiApplication.class, args);
  }
}
