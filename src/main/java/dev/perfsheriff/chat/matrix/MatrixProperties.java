package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Matrix bot account and the sheriffs room. All four keys together turn Matrix on. */
@ConfigurationProperties("perfsheriff.matrix")
public record MatrixProperties(
    URI homeserverUrl, Secret accessToken, String userId, String roomId) {

  private static final String PREFIX = "perfsheriff.matrix.";

  public MatrixProperties {
    boolean anySet =
        homeserverUrl != null || Secret.isSet(accessToken) || present(userId) || present(roomId);
    if (anySet) {
      InvalidConfigException.require(
          homeserverUrl != null && homeserverUrl.isAbsolute(),
          PREFIX + "homeserver-url",
          "must be an absolute URL when Matrix is configured");
      InvalidConfigException.require(
          Secret.isSet(accessToken), PREFIX + "access-token", "is required for Matrix");
      InvalidConfigException.require(
          present(userId) && userId.startsWith("@"),
          PREFIX + "user-id",
          "must be the bot's full user id, like @perfbot:mozilla.org");
      InvalidConfigException.require(
          present(roomId) && (roomId.startsWith("!") || roomId.startsWith("#")),
          PREFIX + "room-id",
          "must be a room id (!abc:server) or alias (#room:server)");
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  public boolean enabled() {
    return homeserverUrl != null;
  }
}
