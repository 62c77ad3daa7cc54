package org.coregroup;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Core Group product: the Camunda engine, its webapps and REST API, and our processes. */
@SpringBootApplication
public class CoreGroupApplication {

  /** Every deadline is a UK date; timers use the JVM zone, so it is fixed whatever the host says. */
  public static final String ZONE = "Europe/London";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
    SpringApplication.run(CoreGroupApplication.class, args);
  }
}
