package dev.perfsheriff.perfherder.fake;

import static dev.perfsheriff.perfherder.fake.FakePerfherder.json;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Treeherder's staff login and Django's CSRF check, as the fake plays them: valid Auth0 access
 * tokens give a session; writes need that session's cookie, the matching {@code X-CSRFToken} and
 * the site's Origin; the Auth0 refresh grant swaps a refresh token for new tokens.
 */
public final class SessionState {

  public static final String ACCESS_TOKEN = "access-1";
  public static final String REFRESH_TOKEN = "refresh-1";

  private final Set<String> validAccessTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, String> csrfBySession = new ConcurrentHashMap<>();
  private final List<String> loginAccessTokens = new CopyOnWriteArrayList<>();
  private final AtomicInteger counter = new AtomicInteger();
  private volatile String origin;
  private volatile String refreshToken;

  void reset(String origin) {
    this.origin = origin;
    validAccessTokens.clear();
    validAccessTokens.add(ACCESS_TOKEN);
    csrfBySession.clear();
    loginAccessTokens.clear();
    counter.set(0);
    refreshToken = REFRESH_TOKEN;
  }

  /** The access tokens of every login so far, in order. */
  public List<String> logins() {
    return List.copyOf(loginAccessTokens);
  }

  /** Treeherder's cache dropped every session (e.g. the 45-minute cap passed). */
  public void expireAllSessions() {
    csrfBySession.clear();
  }

  ResponseDefinition login(Request request) {
    String bearer = request.getHeader("Authorization");
    String token = bearer != null && bearer.startsWith("Bearer ") ? bearer.substring(7) : null;
    if (token == null
        || !validAccessTokens.contains(token)
        || request.getHeader("Id-Token") == null
        || request.getHeader("Access-Token-Expires-At") == null) {
      return json(403, Map.of("detail", "Authentication credentials were not provided."));
    }
    loginAccessTokens.add(token);
    int n = counter.incrementAndGet();
    String session = "session-" + n;
    String csrf = "csrf-" + n;
    csrfBySession.put(session, csrf);
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withHeader(
            "Set-Cookie",
            "csrftoken=" + csrf + "; Path=/; SameSite=Lax",
            "sessionid=" + session + "; HttpOnly; Path=/; SameSite=Lax")
        .withBody("{\"username\":\"mozilla-ldap/bot@mozilla.com\",\"is_staff\":true}")
        .build();
  }

  ResponseDefinition refresh(Request request) {
    String given =
        request.formParameter("refresh_token").isPresent()
            ? request.formParameter("refresh_token").firstValue()
            : null;
    if (!"refresh_token".equals(request.formParameter("grant_type").firstValue())
        || given == null
        || !given.equals(refreshToken)) {
      return json(403, Map.of("error", "invalid_grant"));
    }
    int n = counter.incrementAndGet();
    String access = "access-refreshed-" + n;
    validAccessTokens.add(access);
    refreshToken = "refresh-rotated-" + n;
    return json(
        200,
        Map.of(
            "access_token",
            access,
            "id_token",
            "id-refreshed-" + n,
            "expires_in",
            86400,
            "refresh_token",
            refreshToken,
            "token_type",
            "Bearer"));
  }

  /** Null when the write may pass; otherwise Treeherder's 403. */
  ResponseDefinition checkWrite(Request request) {
    Map<String, Cookie> cookies = request.getCookies();
    Cookie session = cookies.get("sessionid");
    String csrf = session == null ? null : csrfBySession.get(session.getValue());
    if (csrf == null) {
      return json(403, Map.of("detail", "Authentication credentials were not provided."));
    }
    Cookie csrfCookie = cookies.get("csrftoken");
    if (csrfCookie == null
        || !csrf.equals(csrfCookie.getValue())
        || !csrf.equals(request.getHeader("X-CSRFToken"))) {
      return json(403, Map.of("detail", "CSRF Failed: CSRF token incorrect."));
    }
    if (!origin.equals(request.getHeader("Origin"))) {
      return json(403, Map.of("detail", "CSRF Failed: Origin checking failed."));
    }
    return null;
  }
}
