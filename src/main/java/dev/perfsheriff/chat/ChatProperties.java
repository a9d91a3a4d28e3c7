package dev.perfsheriff.chat;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may act in chat: {@code perfsheriff.sheriffs.code} and {@code perfsheriff.sheriffs.perf} list
 * chat user ids (Slack member ids, Matrix user ids, console names). Nobody may act by default.
 */
@ConfigurationProperties("perfsheriff")
public record ChatProperties(@DefaultValue Sheriffs sheriffs) {

  /** Chat user ids per role. */
  public record Sheriffs(@DefaultValue List<String> code, @DefaultValue List<String> perf) {

    public Sheriffs {
      code = List.copyOf(code);
      perf = List.copyOf(perf);
    }
  }
}
