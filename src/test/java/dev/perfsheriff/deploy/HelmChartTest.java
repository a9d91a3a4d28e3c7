package dev.perfsheriff.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Helm chart, rendered and linted by Helm itself (helm-java: the Helm library, no binary) and
 * its manifests checked: replicas, probes, disruption budget, security context, secrets only by
 * reference, the embedded-database mode and the combinations the chart refuses.
 */
class HelmChartTest {

  private static final Path CHART = Path.of("helm", "perf-sheriff-bot");

  @Test
  void lintsCleanInStrictMode() {
    LintResult lint = new Helm(CHART).lint().strict().call();

    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
  }

  @Test
  void runsTwoReplicasOnAnExternalDatabaseByDefault() {
    Manifests manifests = render(t -> t);

    Map<String, Object> deployment = manifests.one("Deployment");
    assertThat(at(deployment, "spec", "replicas")).isEqualTo(2);
    Map<String, Object> bot = manifests.container();
    assertThat(at(bot, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
    assertThat(at(bot, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
    assertThat(at(bot, "readinessProbe", "httpGet", "path"))
        .isEqualTo("/actuator/health/readiness");
    assertThat(at(manifests.one("PodDisruptionBudget"), "spec", "minAvailable")).isEqualTo(1);
    assertThat(at(manifests.one("ConfigMap"), "data", "SPRING_DATASOURCE_URL"))
        .isEqualTo("jdbc:postgresql://postgresql:5432/perfsheriff");
    assertThat(at(deployment, "spec", "template", "spec", "topologySpreadConstraints"))
        .asList()
        .hasSize(1);
    assertThat(manifests.kinds())
        .contains("Service", "NetworkPolicy", "ConfigMap")
        .doesNotContain("PersistentVolumeClaim", "Ingress");
  }

  @Test
  void runsAsNonRootOnAReadOnlyRootFilesystemWithoutPrivilegeEscalation() {
    Manifests manifests = render(t -> t);

    Map<String, Object> pod = manifests.podSpec();
    assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
    Map<String, Object> bot = manifests.container();
    assertThat(at(bot, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
    assertThat(at(bot, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
    assertThat(at(bot, "securityContext", "capabilities", "drop")).asList().containsExactly("ALL");
    assertThat(at(pod, "automountServiceAccountToken")).isEqualTo(false);
  }

  @Test
  void secretsAreOnlyReferencedNeverWritten() {
    String rendered =
        template(
            t ->
                t.set("credentials.existingSecret", "bot-tokens")
                    .set("database.existingSecret", "db-credentials")
                    .set("ingress.enabled", true)
                    .set("ingress.host", "bot.example.org"));
    Manifests manifests = Manifests.parse(rendered);

    assertThat(manifests.kinds()).doesNotContain("Secret");
    Map<String, Object> bot = manifests.container();
    assertThat(bot.get("envFrom").toString()).contains("secretRef={name=bot-tokens}");
    assertThat(bot.get("env").toString())
        .contains("SPRING_DATASOURCE_PASSWORD")
        .contains("secretKeyRef={name=db-credentials, key=password}");
    Map<String, Object> config = map(manifests.one("ConfigMap").get("data"));
    assertThat(config.keySet()).noneMatch(key -> key.matches(".*(TOKEN|SECRET|PASSWORD|KEY).*"));
  }

  @Test
  void refusesATokenInTheConfigMap() {
    assertThatThrownBy(() -> template(t -> t.set("config.PERFSHERIFF_SLACK_BOT_TOKEN", "xoxb-1")))
        .hasMessageContaining("config.PERFSHERIFF_SLACK_BOT_TOKEN looks like a secret");
  }

  @Test
  void exposesOnlySlacksEndpointThroughTheIngress() {
    Manifests manifests =
        render(t -> t.set("ingress.enabled", true).set("ingress.host", "bot.example.org"));

    String ingress = manifests.one("Ingress").toString();
    assertThat(ingress).contains("path=/slack/events").contains("pathType=Exact");
    assertThat(ingress).doesNotContain("actuator").doesNotContain("console");
  }

  @Test
  void embeddedModeRunsOneReplicaWithItsDataOnAVolume() {
    Manifests manifests = render(t -> t.set("database.url", "").set("replicaCount", 1));

    Map<String, Object> deployment = manifests.one("Deployment");
    assertThat(at(deployment, "spec", "replicas")).isEqualTo(1);
    assertThat(at(deployment, "spec", "strategy", "type")).isEqualTo("Recreate");
    assertThat(manifests.kinds())
        .contains("PersistentVolumeClaim")
        .doesNotContain("PodDisruptionBudget");
    assertThat(at(manifests.one("ConfigMap"), "data", "PERFSHERIFF_EMBEDDEDDB_DIR"))
        .isEqualTo("/data/postgres");
    assertThat(manifests.container().get("volumeMounts").toString()).contains("mountPath=/data");
  }

  @Test
  void refusesMoreThanOneReplicaWithTheEmbeddedDatabase() {
    assertThatThrownBy(() -> template(t -> t.set("database.url", "").set("replicaCount", 2)))
        .hasMessageContaining("replicaCount > 1 needs database.url");
  }

  @Test
  void theSchemaRefusesAWrongValue() {
    assertThatThrownBy(() -> template(t -> t.set("replicaCount", 0)))
        .hasMessageContaining("replicaCount");
    assertThatThrownBy(() -> template(t -> t.set("image.pullPolicy", "Sometimes")))
        .hasMessageContaining("pullPolicy");
    assertThatThrownBy(() -> template(t -> t.set("database.url", "postgres://db/perf")))
        .hasMessageContaining("url");
  }

  private static String template(UnaryOperator<TemplateCommand> values) {
    return values.apply(new Helm(CHART).template().withName("sheriff")).call();
  }

  private static Manifests render(UnaryOperator<TemplateCommand> values) {
    return Manifests.parse(template(values));
  }

  private static Object at(Map<String, Object> node, String... path) {
    Object current = node;
    for (String key : path) {
      current = map(current).get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  /** The documents of a rendered chart. */
  private record Manifests(List<Map<String, Object>> documents) {

    static Manifests parse(String rendered) {
      List<Map<String, Object>> documents = new ArrayList<>();
      for (Object document : new Yaml().loadAll(rendered)) {
        if (document != null) {
          documents.add(map(document));
        }
      }
      return new Manifests(documents);
    }

    List<String> kinds() {
      return documents.stream().map(d -> Objects.toString(d.get("kind"))).toList();
    }

    Map<String, Object> one(String kind) {
      List<Map<String, Object>> found =
          documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
      assertThat(found).as(kind).hasSize(1);
      return found.get(0);
    }

    Map<String, Object> podSpec() {
      return map(at(one("Deployment"), "spec", "template", "spec"));
    }

    Map<String, Object> container() {
      List<?> containers = (List<?>) podSpec().get("containers");
      assertThat(containers).hasSize(1);
      return map(containers.get(0));
    }
  }
}
