package dev.perfsheriff.perfherder.write;

import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.perfherder.api.PerfherderException;
import dev.perfsheriff.perfherder.api.PerfherderHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Cookie;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Treeherder staff session: {@code GET /api/auth/login/} with the Auth0 access token, id token
 * and the access token's expiry gives {@code sessionid} and {@code csrftoken} cookies. Treeherder
 * caps a session at 45 minutes (and at the token's expiry), so the session is renewed every {@code
 * session-renewal}, as the web UI does; with a refresh token the Auth0 tokens are refreshed first,
 * so the renewed session gets a fresh expiry.
 */
public class StaffSession {

  private static final Logger log = LoggerFactory.getLogger(StaffSession.class);

  /** The cookies and CSRF token to send with writes. */
  public record Cookies(String sessionId, String csrfToken) {

    public String cookieHeader() {
      return "sessionid=" + sessionId + "; csrftoken=" + csrfToken;
    }

    @Override
    public String toString() {
      return "Cookies[******]";
    }
  }

  private final HttpUrl loginUrl;
  private final PerfherderHttp http;
  private final Duration renewal;
  private final Clock clock;
  private final Auth0Refresh refresh;
  private Auth0Refresh.Tokens tokens;
  private Cookies cookies;
  private Instant loggedInAt;

  public StaffSession(
      HttpUrl baseUrl,
      PerfherderProperties.Auth auth,
      Duration renewal,
      PerfherderHttp http,
      Auth0Refresh refresh,
      Clock clock) {
    this.loginUrl = baseUrl.newBuilder().addPathSegments("api/auth/login/").build();
    this.http = http;
    this.renewal = renewal;
    this.clock = clock;
    this.refresh = refresh;
    this.tokens =
        new Auth0Refresh.Tokens(
            auth.accessToken(),
            auth.idToken(),
            auth.expiresAt() == null ? 0 : auth.expiresAt(),
            auth.refreshToken());
  }

  /** Valid cookies, logging in again first when the session is due for renewal. */
  public synchronized Cookies current() {
    Instant now = clock.instant();
    // The session also ends with the access token, whatever the renewal interval says.
    boolean tokenLapsed = tokens.expiresAt() > 0 && now.getEpochSecond() >= tokens.expiresAt();
    if (cookies == null || !now.isBefore(loggedInAt.plus(renewal)) || tokenLapsed) {
      login(now);
    }
    return cookies;
  }

  /** Forgets the session (e.g. after a 403), so the next write logs in again. */
  public synchronized void invalidate() {
    cookies = null;
  }

  private void login(Instant now) {
    if (refresh.configured()) {
      tokens = refresh.refresh(tokens);
    } else if (tokens.expiresAt() <= now.getEpochSecond()) {
      throw new PerfherderException(
          "The Perfherder staff tokens expired at "
              + Instant.ofEpochSecond(tokens.expiresAt())
              + "; configure fresh tokens or a refresh token to keep writing.");
    }
    Request request =
        new Request.Builder()
            .url(loginUrl)
            .get()
            .header("Authorization", "Bearer " + tokens.accessToken().reveal())
            .header("Id-Token", tokens.idToken().reveal())
            .header("Access-Token-Expires-At", Long.toString(tokens.expiresAt()))
            .build();
    PerfherderHttp.Reply reply = http.send(request);
    String session = null;
    String csrf = null;
    for (Cookie cookie : Cookie.parseAll(loginUrl, reply.headers())) {
      if (cookie.name().equals("sessionid")) {
        session = cookie.value();
      } else if (cookie.name().equals("csrftoken")) {
        csrf = cookie.value();
      }
    }
    if (session == null || csrf == null) {
      throw new PerfherderException(
          "Treeherder's login answered without a session and CSRF cookie; is the user staff?");
    }
    cookies = new Cookies(session, csrf);
    loggedInAt = now;
    log.info("Logged in to Perfherder; the session is renewed in {}", renewal);
  }
}
