package io.printflow.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The worker: order workflows on their queue, each vendor's activities on the vendor's own queue. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PrintflowWorkerApplication {

  public static void main(String[] args) {
    SpringApplication.run(PrintflowWorkerApplication.class, args);
  }
}
