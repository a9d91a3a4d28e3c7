package dev.perfsheriff.taskcluster.hawk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Secret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The published Hawk test vectors: the protocol example of the hawk README (GET, and POST with a
 * payload) and the sha256 client-header case of the hawk test suite.
 */
class HawkSignerTest {

  private static final HawkCredentials README =
      new HawkCredentials(
          "dh37fgj492je", Secret.of("werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn"), null);
  private static final URI README_URI = URI.create("http://example.com:8000/resource/1?b=1&a=2");

  @Test
  void readmeProtocolExampleWithoutPayload() {
    HawkRequest get = new HawkRequest("GET", README_URI, null, null);

    assertThat(HawkSigner.normalized(get, 1353832234L, "j4h3g2", null, "some-app-ext-data"))
        .isEqualTo(
            "hawk.1.header\n1353832234\nj4h3g2\nGET\n/resource/1?b=1&a=2\nexample.com\n8000\n\n"
                + "some-app-ext-data\n");
    assertThat(HawkSigner.authorization(README, get, 1353832234L, "j4h3g2", "some-app-ext-data"))
        .isEqualTo(
            "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\","
                + " ext=\"some-app-ext-data\", mac=\"6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=\"");
  }

  @Test
  void readmeProtocolExampleWithPayload() {
    HawkRequest post =
        new HawkRequest("POST", README_URI, "text/plain", bytes("Thank you for flying Hawk"));

    assertThat(HawkSigner.authorization(README, post, 1353832234L, "j4h3g2", "some-app-ext-data"))
        .isEqualTo(
            "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\","
                + " hash=\"Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=\","
                + " ext=\"some-app-ext-data\", mac=\"aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw=\"");
  }

  @Test
  void testSuiteSha256HeaderOnHttpsWithDefaultPort() {
    HawkCredentials credentials = new HawkCredentials("123456", Secret.of("2983d45yun89q"), null);
    HawkRequest post =
        new HawkRequest(
            "POST",
            URI.create("https://example.net/somewhere/over/the/rainbow"),
            "text/plain",
            bytes("something to write about"));

    assertThat(HawkSigner.authorization(credentials, post, 1353809207L, "Ygvqdz", "Bazinga!"))
        .isEqualTo(
            "Hawk id=\"123456\", ts=\"1353809207\", nonce=\"Ygvqdz\","
                + " hash=\"2QfCt3GuY9HQnHWyWD3wX68ZOKbynqlfYmuO2ZBRqtY=\", ext=\"Bazinga!\","
                + " mac=\"q1CwFoSHzPZSkbIvl0oYlD+91rBUEvFk763nMjMndj8=\"");
  }

  @Test
  void contentTypeParametersAreNotSigned() {
    byte[] body = bytes("Thank you for flying Hawk");
    HawkRequest plain = new HawkRequest("POST", README_URI, "text/plain", body);
    HawkRequest withCharset =
        new HawkRequest("POST", README_URI, "Text/Plain; charset=utf-8", body);

    assertThat(HawkSigner.payloadHash(withCharset.baseContentType(), body))
        .isEqualTo(HawkSigner.payloadHash(plain.baseContentType(), body))
        .isEqualTo("Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=");
  }

  @Test
  void temporaryCredentialsSendTheirCertificateInExtAndUseTheClock() {
    String certificate = "{\"version\":1,\"scopes\":[\"a\"],\"start\":1,\"expiry\":2}";
    HawkCredentials temporary = new HawkCredentials("tmp", Secret.of("key"), certificate);
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1700000000L), ZoneOffset.UTC);

    String header =
        new HawkSigner(clock)
            .authorization(temporary, new HawkRequest("GET", README_URI, null, null));

    String ext = header.replaceAll(".*ext=\"([^\"]+)\".*", "$1");
    assertThat(new String(Base64.getDecoder().decode(ext), StandardCharsets.UTF_8))
        .isEqualTo("{\"certificate\":" + certificate + "}");
    assertThat(header).contains("ts=\"1700000000\"").doesNotContain("hash=");
  }

  @Test
  void credentialsNeverPrintTheToken() {
    assertThat(README.toString()).doesNotContain("werxhqb98");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
