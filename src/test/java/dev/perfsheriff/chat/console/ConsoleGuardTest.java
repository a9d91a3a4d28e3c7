package dev.perfsheriff.chat.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Who may open {@code /console}: loopback only without a login, the login with one. */
class ConsoleGuardTest {

  private static final ConsoleProperties LOOPBACK =
      new ConsoleProperties(null, "127.0.0.1", new ConsoleProperties.Login(null, null));
  private static final ConsoleProperties OPEN =
      new ConsoleProperties(
          null, "0.0.0.0", new ConsoleProperties.Login("sheriffs", Secret.of("s3cret")));

  @Test
  void aRequestFromAnotherMachineIsRefusedWithoutALogin() throws Exception {
    MockHttpServletResponse response = filter(LOOPBACK, request("192.0.2.10", null));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getErrorMessage()).contains("perfsheriff.console.login");
  }

  @Test
  void aForwardedForHeaderDoesNotMakeARequestLocal() throws Exception {
    MockHttpServletRequest request = request("192.0.2.10", null);
    request.addHeader("X-Forwarded-For", "127.0.0.1");

    assertThat(filter(LOOPBACK, request).getStatus()).isEqualTo(403);
  }

  @Test
  void thisMachineMayOpenItOverIpv4AndIpv6() throws Exception {
    assertThat(passed(LOOPBACK, request("127.0.0.1", null))).isTrue();
    assertThat(passed(LOOPBACK, request("0:0:0:0:0:0:0:1", null))).isTrue();
  }

  @Test
  void withALoginEveryRequestMustCarryIt() throws Exception {
    assertThat(filter(OPEN, request("192.0.2.10", null)).getStatus()).isEqualTo(401);
    assertThat(filter(OPEN, request("192.0.2.10", null)).getHeader("WWW-Authenticate"))
        .startsWith("Basic");
    assertThat(filter(OPEN, request("192.0.2.10", basic("sheriffs:wrong"))).getStatus())
        .isEqualTo(401);
    assertThat(passed(OPEN, request("192.0.2.10", basic("sheriffs:s3cret")))).isTrue();
    assertThat(filter(OPEN, request("127.0.0.1", null)).getStatus()).isEqualTo(401);
  }

  @Test
  void aBindOtherThanLoopbackWithoutALoginStopsStartUp() {
    assertThatThrownBy(
            () -> new ConsoleProperties(null, "0.0.0.0", new ConsoleProperties.Login(null, null)))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("perfsheriff.console.login.username");
  }

  private static MockHttpServletRequest request(String remote, String authorization) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console");
    request.setRemoteAddr(remote);
    request.setLocalAddr("10.1.2.3");
    if (authorization != null) {
      request.addHeader("Authorization", authorization);
    }
    return request;
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private static MockHttpServletResponse filter(
      ConsoleProperties properties, MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new ConsoleGuard(properties).doFilter(request, response, new MockFilterChain());
    return response;
  }

  private static boolean passed(ConsoleProperties properties, MockHttpServletRequest request)
      throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    new ConsoleGuard(properties).doFilter(request, response, chain);
    return chain.getRequest() != null && response.getStatus() == 200;
  }
}
