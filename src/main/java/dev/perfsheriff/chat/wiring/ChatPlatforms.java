package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.port.ChatPlatform;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The configured chat platforms, looked up on every use: platform adapters depend on the dispatcher
 * for their inbound side, so the core must not need them when it is created.
 */
public final class ChatPlatforms {

  private final ObjectProvider<ChatPlatform> platforms;

  public ChatPlatforms(ObjectProvider<ChatPlatform> platforms) {
    this.platforms = platforms;
  }

  public List<ChatPlatform> all() {
    return platforms.orderedStream().toList();
  }

  /** The platform called {@code name} (an actor's platform), if it is configured. */
  public Optional<ChatPlatform> named(String name) {
    return platforms.orderedStream().filter(p -> p.name().equals(name)).findFirst();
  }
}
