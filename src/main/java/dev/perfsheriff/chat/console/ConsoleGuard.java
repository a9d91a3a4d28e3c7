package dev.perfsheriff.chat.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may open the console. Without a login it answers only requests from this machine (remote
 * address on loopback) and refuses everyone else with 403, whatever interface they came in on: the
 * bot's port is open for Slack and the probes, the console must not be. With a login (and a bind
 * address) every request must carry it as HTTP Basic and arrive on the bound address. Forwarded-for
 * headers are ignored: they are whatever the caller wrote.
 */
final class ConsoleGuard extends OncePerRequestFilter {

  private static final String REALM = "Basic realm=\"perf-sheriff-bot console\", charset=\"UTF-8\"";

  private final ConsoleProperties properties;

  ConsoleGuard(ConsoleProperties properties) {
    this.properties = properties;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!properties.login().isSet()) {
      if (!isLoopback(request.getRemoteAddr())) {
        response.sendError(
            HttpServletResponse.SC_FORBIDDEN,
            "The console answers only this machine; configure perfsheriff.console.bind and"
                + " perfsheriff.console.login to open it to the network.");
        return;
      }
    } else if (!arrivedOnBind(request.getLocalAddr())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "The console is not served here.");
      return;
    } else if (!loggedIn(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", REALM);
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in to use the console.");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean arrivedOnBind(String localAddress) {
    try {
      InetAddress bind = InetAddress.getByName(properties.bind().strip());
      InetAddress local = InetAddress.getByName(localAddress);
      return bind.isAnyLocalAddress() || bind.equals(local) || local.isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private boolean loggedIn(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(authorization.substring(6).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    ConsoleProperties.Login login = properties.login();
    byte[] expected =
        (login.username() + ":" + login.password().reveal()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expected);
  }

  /** Only literal addresses: the servlet container gives the peer's IP, never a name. */
  static boolean isLoopback(String address) {
    String literal = address == null ? "" : address.replaceFirst("%.*$", "");
    if (!literal.matches("[0-9a-fA-F.:\\[\\]]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
