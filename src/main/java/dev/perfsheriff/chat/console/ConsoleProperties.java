package dev.perfsheriff.chat.console;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local web console ({@code perfsheriff.console.*}).
 *
 * @param enabled on or off; unset means on exactly when neither Slack nor Matrix is configured
 * @param bind the address the console answers on: a loopback address (the default) serves only the
 *     machine itself; any other address (e.g. {@code 0.0.0.0} for every interface) opens it to the
 *     network and then requires a {@code login}
 * @param login HTTP Basic credentials the browser must give; none keeps the console loopback-only
 */
@ConfigurationProperties("perfsheriff.console")
public record ConsoleProperties(
    Boolean enabled, @DefaultValue("127.0.0.1") String bind, @DefaultValue Login login) {

  private static final String PREFIX = "perfsheriff.console.";

  public ConsoleProperties {
    InvalidConfigException.require(
        bind != null && !bind.isBlank(), PREFIX + "bind", "name an address, e.g. 127.0.0.1");
    InvalidConfigException.require(
        loopback(bind) || login.isSet(),
        PREFIX + "login.username",
        "is required (with .password) when the console is bound to " + bind);
  }

  /** Only the machine itself may open the console. */
  public boolean loopbackOnly() {
    return loopback(bind);
  }

  /** True when {@code address} (a name or literal) is this machine's loopback. */
  static boolean loopback(String address) {
    try {
      return InetAddress.getByName(address.strip()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new InvalidConfigException(
          PREFIX + "bind", "is not an address this machine can resolve: " + address);
    }
  }

  /** A user name and password for HTTP Basic; both or neither. */
  public record Login(String username, Secret password) {

    public Login {
      boolean named = username != null && !username.isBlank();
      InvalidConfigException.require(
          named == Secret.isSet(password),
          named ? PREFIX + "login.password" : PREFIX + "login.username",
          "username and password go together");
    }

    public boolean isSet() {
      return username != null && !username.isBlank();
    }
  }
}
