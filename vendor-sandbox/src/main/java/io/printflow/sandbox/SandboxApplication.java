package io.printflow.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The vendor sandbox: all five vendor APIs under their own base paths, for local runs and system tests. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SandboxApplication {

  public static void main(String[] args) {
    SpringApplication.run(SandboxApplication.class, args);
  }
}
