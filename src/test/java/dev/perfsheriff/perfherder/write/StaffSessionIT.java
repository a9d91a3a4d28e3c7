package dev.perfsheriff.perfherder.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.perfherder.api.PerfherderException;
import dev.perfsheriff.perfherder.api.PerfherderHttp;
import dev.perfsheriff.perfherder.fake.SessionState;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Session renewal before Treeherder's cap, with and without an Auth0 refresh token. */
class StaffSessionIT extends PerfherderIntegrationTest {

  private static final Duration RENEWAL = Duration.ofMinutes(15);

  @Autowired PerfherderHttp http;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));

  @Test
  void theSessionIsKeptUntilTheRenewalIntervalThenRenewedWithALogin() {
    StaffSession session = session(null, clock.instant().plus(Duration.ofDays(1)));

    StaffSession.Cookies first = session.current();
    clock.advance(Duration.ofMinutes(14));
    assertThat(session.current()).isEqualTo(first);
    clock.advance(Duration.ofMinutes(2));
    StaffSession.Cookies renewed = session.current();

    assertThat(renewed.sessionId()).isNotEqualTo(first.sessionId());
    assertThat(fake.sessions().logins())
        .containsExactly(SessionState.ACCESS_TOKEN, SessionState.ACCESS_TOKEN);
  }

  @Test
  void withARefreshTokenTheAuth0TokensAreRefreshedBeforeEachLogin() {
    StaffSession session =
        session(Secret.of(SessionState.REFRESH_TOKEN), clock.instant().plusSeconds(600));

    session.current();
    clock.advance(RENEWAL);
    session.current();

    // The second refresh only succeeds with the rotated refresh token from the first one.
    assertThat(fake.sessions().logins())
        .hasSize(2)
        .allMatch(token -> token.startsWith("access-refreshed-"));
    assertThat(fake.sessions().logins().get(0)).isNotEqualTo(fake.sessions().logins().get(1));
  }

  @Test
  void expiredTokensWithoutARefreshTokenGiveAClearError() {
    StaffSession session = session(null, clock.instant().minusSeconds(1));

    assertThatThrownBy(session::current)
        .isInstanceOf(PerfherderException.class)
        .hasMessageContaining("tokens expired");
    assertThat(fake.sessions().logins()).isEmpty();
  }

  private StaffSession session(Secret refreshToken, Instant expiresAt) {
    URI tokenUrl = refreshToken == null ? null : URI.create(fake.baseUrl() + "/oauth/token");
    String clientId = refreshToken == null ? null : "bot-client";
    PerfherderProperties.Auth auth =
        new PerfherderProperties.Auth(
            Secret.of(SessionState.ACCESS_TOKEN),
            Secret.of("id-1"),
            expiresAt.getEpochSecond(),
            refreshToken,
            tokenUrl,
            clientId);
    return new StaffSession(
        HttpUrl.get(fake.baseUrl()),
        auth,
        RENEWAL,
        http,
        new Auth0Refresh(tokenUrl, clientId, http, clock),
        clock);
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
