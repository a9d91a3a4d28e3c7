package dev.perfsheriff.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The loopback guard is active in every test JVM and refuses real hosts before any lookup. */
class LoopbackOnlyTest {

  @Test
  void loopbackIsAllowedAndRealHostsAreRefused() {
    assertThat(ProxySelector.getDefault().select(URI.create("http://127.0.0.1:8080/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(ProxySelector.getDefault().select(URI.create("http://localhost/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThatThrownBy(
            () -> ProxySelector.getDefault().select(URI.create("https://treeherder.mozilla.org/")))
        .hasMessageContaining("tests reach only loopback");
  }

  @Test
  void anOkHttpCallToARealHostFailsWithoutLeavingTheMachine() {
    OkHttpClient client = new OkHttpClient();
    Request request = new Request.Builder().url("https://slack.com/api/auth.test").build();
    assertThatThrownBy(() -> client.newCall(request).execute())
        .hasStackTraceContaining("tests reach only loopback");
  }
}
