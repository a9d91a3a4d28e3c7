package dev.perfsheriff.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests reach only loopback. Registered for every test class (JUnit extension auto-detection), it
 * installs a proxy selector that refuses any HTTP(S) or WebSocket connection to a host other than
 * the loopback, before a name is even looked up: a test that forgot to point a client at its fake
 * fails loudly instead of calling the real service.
 */
public class LoopbackOnly implements BeforeAllCallback {

  static {
    ProxySelector.setDefault(new Refusing());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // Installation happens once, in the static initializer.
  }

  private static final class Refusing extends ProxySelector {

    @Override
    public List<Proxy> select(URI uri) {
      String host = uri.getHost();
      if (host == null || isLoopback(host)) {
        return List.of(Proxy.NO_PROXY);
      }
      throw new IllegalStateException(
          "a test tried to reach " + uri + ": tests reach only loopback");
    }

    private static boolean isLoopback(String host) {
      if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")) {
        return true;
      }
      try {
        return host.matches("[0-9.:\\[\\]]+") && InetAddress.getByName(host).isLoopbackAddress();
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
      // Nothing to remember: there are no proxies.
    }
  }
}
