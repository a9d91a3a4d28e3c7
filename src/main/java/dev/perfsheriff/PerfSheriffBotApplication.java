package dev.perfsheriff;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the bot: the web endpoints, the database (embedded unless configured) and all modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PerfSheriffBotApplication {

  public static void main(String[] args) {
    SpringApplication.run(PerfSheriffBotApplication.class, args);
  }
}
