package org.inforights.casework;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Subject access requests and third-party disclosure approval for children's services. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseworkApplication {

  public static void main(String[] args) {
    SpringApplication.run(CaseworkApplication.class, args);
  }
}
