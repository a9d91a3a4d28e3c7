package dev.perfsheriff.perfherder.write;

import dev.perfsheriff.perfherder.api.PerfherderException;
import dev.perfsheriff.perfherder.api.PerfherderHttp;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import java.time.Clock;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refreshes the Auth0 tokens with the OAuth refresh-token grant ({@code POST token-url} with {@code
 * grant_type=refresh_token}), keeping a rotated refresh token when Auth0 sends one.
 */
public class Auth0Refresh {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The tokens Treeherder's login wants, and the refresh token to renew them. */
  public record Tokens(Secret accessToken, Secret idToken, long expiresAt, Secret refreshToken) {}

  private final URI tokenUrl;
  private final String clientId;
  private final PerfherderHttp http;
  private final Clock clock;

  public Auth0Refresh(URI tokenUrl, String clientId, PerfherderHttp http, Clock clock) {
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
    this.http = http;
    this.clock = clock;
  }

  public boolean configured() {
    return tokenUrl != null && clientId != null;
  }

  public Tokens refresh(Tokens current) {
    if (!Secret.isSet(current.refreshToken())) {
      return current;
    }
    Request request =
        new Request.Builder()
            .url(HttpUrl.get(tokenUrl))
            .post(
                new FormBody.Builder()
                    .add("grant_type", "refresh_token")
                    .add("client_id", clientId)
                    .add("refresh_token", current.refreshToken().reveal())
                    .build())
            .build();
    JsonNode answer;
    try {
      answer = MAPPER.readTree(http.send(request).body());
    } catch (JacksonException e) {
      throw new PerfherderException("The Auth0 token refresh answered with malformed JSON.", e);
    }
    String access = text(answer, "access_token");
    String id = text(answer, "id_token");
    if (access == null || id == null) {
      throw new PerfherderException("The Auth0 token refresh answered without the new tokens.");
    }
    long expiresIn = answer.path("expires_in").asLong(0);
    String rotated = text(answer, "refresh_token");
    return new Tokens(
        Secret.of(access),
        Secret.of(id),
        clock.instant().getEpochSecond() + expiresIn,
        rotated == null ? current.refreshToken() : Secret.of(rotated));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
