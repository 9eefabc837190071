package org.gongkai.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.platform.GongkaiTopics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Conditional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the deployment files under {@code docker/} and {@code k8s/} against each other and against
 * the application they deploy, without a container engine or a cluster. The Kubernetes manifests
 * are rendered as kustomize would ({@link Kustomize}: the base {@code k8s/base} and the overlay
 * {@code k8s/overlays/example}), the objects of built-in kinds validated against {@link
 * KubernetesSchema} and the custom resources (Strimzi, Prometheus Operator) checked field by field.
 * Paths are relative to the project root, Maven's working directory for tests.
 */
class DeploymentManifestsTests {

  private static final Path COMPOSE = Path.of("docker", "compose.yaml");
  private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
  private static final Path DOCKERIGNORE = Path.of("docker", "Dockerfile.dockerignore");
  private static final Path K8S = Path.of("k8s");
  private static final Path BASE = K8S.resolve("base");
  private static final Path EXAMPLE = K8S.resolve("overlays").resolve("example");
  private static final Path APPLICATION_YML =
      Path.of("src", "main", "resources", "application.yml");
  private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
  private static final Path POM = Path.of("pom.xml");

  /** Spring Boot's default; application.yml sets no server.port. */
  private static final int APPLICATION_PORT = 8080;

  private static final String WEB = "gongkai-web";
  private static final String PROJECTOR = "gongkai-projector";

  /** The values of gongkai.node.roles. */
  private static final Set<String> NODE_ROLES = Set.of("web", "jobs", "projector");

  /** Custom resources: no JSON schema here, their fields are checked by the tests below. */
  private static final Set<String> CUSTOM_KINDS =
      Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "ServiceMonitor", "PodMonitor");

  /** Variables the JVM or the container reads, not Spring: the time zone and the JVM's options. */
  private static final Set<String> JVM_VARIABLES = Set.of("TZ", "JAVA_TOOL_OPTIONS");

  /**
   * Properties that the manifests set and that are being added to the application at the same time
   * (issue 14: the node roles). Once the application declares one, it is checked like any other; an
   * entry here only keeps the test green while the property is not yet merged.
   */
  /** Without these the application falls back to H2 and an in-process broker. */
  private static final Set<String> ESSENTIAL_VARIABLES =
      Set.of("SPRING_DATASOURCE_URL", "KAFKA_BOOTSTRAP_SERVERS");

  /** Packages of the in-process broker's jars, which the production image leaves out. */
  private static final List<String> BROKER_PACKAGES =
      List.of(
          "kafka.",
          "scala.",
          "org.apache.kafka.server.",
          "org.apache.kafka.metadata.",
          "org.apache.kafka.raft.",
          "org.apache.kafka.storage.",
          "org.apache.kafka.coordinator.",
          "org.apache.zookeeper.");

  /** The broker artifacts of pom.xml, left out of the image's jar by the profile "image". */
  private static final Set<String> BROKER_ARTIFACTS =
      Set.of("kafka_2.13", "kafka-metadata", "kafka-server-common", "kafka-server", "kafka-raft");

  private static final Yaml YAML = new Yaml(new SafeConstructor(new LoaderOptions()));

  // ---- kustomize: what the base and the overlay hold -----------------------------------------

  @Test
  void everyManifestParsesAsYaml() throws IOException {
    List<Path> files = new ArrayList<>(yamlFilesUnder(K8S));
    files.add(COMPOSE);
    assertThat(files).hasSizeGreaterThan(10);
    for (Path file : files) {
      List<Object> documents = loadAll(file);
      assertThat(documents).as("%s has documents", file).isNotEmpty();
      assertThat(documents)
          .as("every document of %s is a mapping", file)
          .allMatch(Map.class::isInstance);
    }
    for (Map<String, Object> resource : example()) {
      assertThat(resource)
          .as("a Kubernetes resource")
          .containsKeys("apiVersion", "kind", "metadata");
      assertThat(string(resource, "metadata", "name")).isNotBlank();
      if (!"Namespace".equals(resource.get("kind"))) {
        assertThat(nested(resource, "metadata", "namespace")).isEqualTo("gongkai");
      }
    }
  }

  @Test
  void eachKustomizationNamesEveryFileBesideIt() throws IOException {
    for (Path directory : List.of(BASE, EXAMPLE)) {
      Set<Path> present = new TreeSet<>();
      try (Stream<Path> files = Files.list(directory)) {
        files
            .filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
            .filter(file -> !file.getFileName().toString().startsWith("kustomization."))
            .map(Path::normalize)
            .forEach(present::add);
      }
      assertThat(new TreeSet<>(Kustomize.files(directory)))
          .as("files named by %s/kustomization.yaml", directory)
          .isEqualTo(present);
    }
    assertThat(strings(Kustomize.kustomization(EXAMPLE).get("resources")))
        .as("the example builds on the base")
        .contains("../../base");
    try (Stream<Path> files = Files.list(K8S)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .as("k8s/ holds the base and the overlays, nothing kustomize would see twice")
          .containsExactlyInAnyOrder("base", "overlays");
    }
  }

  @Test
  void theBaseAppliesNoSecretAndTheExampleBringsWhatItNeedsToTryItOut() throws IOException {
    assertThat(base()).noneMatch(resource -> "Secret".equals(resource.get("kind")));
    assertThat(yamlFilesUnder(BASE))
        .noneMatch(file -> file.getFileName().toString().contains("secret"));

    Set<String> baseIds = ids(base());
    Set<String> exampleIds = ids(example());
    assertThat(exampleIds).containsAll(baseIds);
    assertThat(exampleIds)
        .contains(
            "Secret/gongkai/gongkai-secrets",
            "Secret/gongkai/gongkai-metrics",
            "StatefulSet/gongkai/mysql");
  }

  @Test
  void everyObjectOfABuiltInKindMatchesItsSchemaAndEveryOtherIsACheckedCustomResource()
      throws IOException {
    Map<String, List<String>> problems = new TreeMap<>();
    Set<String> kinds = new TreeSet<>();
    for (List<Map<String, Object>> rendering : List.of(base(), example())) {
      for (Map<String, Object> resource : rendering) {
        String kind = (String) resource.get("kind");
        kinds.add(kind);
        if (CUSTOM_KINDS.contains(kind)) {
          continue;
        }
        List<String> found = KubernetesSchema.problems(resource);
        if (!found.isEmpty()) {
          problems.put(Kustomize.id(resource), found);
        }
      }
    }

    assertThat(problems).as("schema violations").isEmpty();
    assertThat(kinds)
        .as("every kind is either in the schema or a checked custom resource")
        .isSubsetOf(union(KubernetesSchema.kinds(), CUSTOM_KINDS))
        .containsAll(CUSTOM_KINDS)
        .contains(
            "Namespace",
            "ConfigMap",
            "Secret",
            "Service",
            "Deployment",
            "StatefulSet",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "NetworkPolicy");
  }

  @Test
  void theSchemaRefusesWhatTheApiServerWouldRefuse() {
    Map<String, Object> configMap = new LinkedHashMap<>();
    configMap.put("apiVersion", "v1");
    configMap.put("kind", "ConfigMap");
    configMap.put("metadata", Map.of("name", "x"));
    configMap.put("data", Map.of("PARTITIONS", 6));
    Map<String, Object> deployment = new LinkedHashMap<>();
    deployment.put("apiVersion", "apps/v1");
    deployment.put("kind", "Deployment");
    deployment.put("metadata", Map.of("name", "x"));
    deployment.put(
        "spec",
        Map.of(
            "selector",
            Map.of("matchLabels", Map.of("a", "b")),
            "template",
            Map.of(
                "metadata",
                Map.of("labels", Map.of("a", "b")),
                "spec",
                Map.of("containers", List.of(Map.of("name", "c", "image", "i", "port", 8080))))));

    assertThat(KubernetesSchema.problems(configMap)).as("a number in a ConfigMap").isNotEmpty();
    assertThat(KubernetesSchema.problems(deployment)).as("a misspelt container field").isNotEmpty();
  }

  @Test
  void theRenderingIsWhatKustomizeItselfMakesWhereKustomizeIsInstalled() throws Exception {
    List<String> command = kustomizeCommand();
    assumeTrue(command != null, "no kubectl or kustomize on the PATH");
    for (Path directory : List.of(BASE, EXAMPLE)) {
      Map<String, Map<String, Object>> ours = byId(Kustomize.render(directory));
      Map<String, Map<String, Object>> theirs = byId(runKustomize(command, directory));

      assertThat(ours.keySet()).as("objects of %s", directory).isEqualTo(theirs.keySet());
      for (String id : ours.keySet()) {
        assertThat(ours.get(id)).as("%s in %s", id, directory).isEqualTo(theirs.get(id));
      }
    }
  }

  @Test
  void everyNameTheObjectsReferToExists() throws IOException {
    List<Map<String, Object>> objects = example();
    for (Map<String, Object> workload : workloads(objects)) {
      Map<String, Object> pod = podSpec(workload);
      for (Object container : list(pod.get("containers"))) {
        for (Object source : list(map(container).getOrDefault("envFrom", List.of()))) {
          Object configMap = nested(source, "configMapRef", "name");
          Object secret = nested(source, "secretRef", "name");
          if (configMap != null) {
            object(objects, "ConfigMap", (String) configMap);
          }
          if (secret != null) {
            object(objects, "Secret", (String) secret);
          }
        }
        for (Object variable : list(map(container).getOrDefault("env", List.of()))) {
          Object secretKey = nested(variable, "valueFrom", "secretKeyRef");
          if (secretKey != null) {
            assertThat(keys(object(objects, "Secret", string(secretKey, "name"))))
                .contains(string(secretKey, "key"));
          }
        }
        for (Object mount : list(map(container).getOrDefault("volumeMounts", List.of()))) {
          String volume = string(mount, "name");
          Object configMap =
              list(pod.getOrDefault("volumes", List.of())).stream()
                  .filter(candidate -> volume.equals(map(candidate).get("name")))
                  .map(candidate -> nested(candidate, "configMap", "name"))
                  .filter(java.util.Objects::nonNull)
                  .findFirst()
                  .orElse(null);
          if (configMap != null && map(mount).get("subPath") != null) {
            assertThat(keys(object(objects, "ConfigMap", (String) configMap)))
                .as("%s of %s", mount, Kustomize.id(workload))
                .contains((String) map(mount).get("subPath"));
          }
        }
      }
      for (Object volume : list(pod.getOrDefault("volumes", List.of()))) {
        Object configMap = nested(volume, "configMap", "name");
        if (configMap != null) {
          object(objects, "ConfigMap", (String) configMap);
        }
      }
    }
    Map<String, Object> monitor = resource(objects, "ServiceMonitor");
    for (Object endpoint : list(nested(monitor, "spec", "endpoints"))) {
      for (String field : List.of("username", "password")) {
        Object reference = nested(endpoint, "basicAuth", field);
        assertThat(keys(object(objects, "Secret", string(reference, "name"))))
            .contains(string(reference, "key"));
      }
    }
    object(
        objects,
        string(resource(objects, "HorizontalPodAutoscaler"), "spec", "scaleTargetRef", "kind"),
        string(resource(objects, "HorizontalPodAutoscaler"), "spec", "scaleTargetRef", "name"));
    Map<String, Object> mysql = object(objects, "StatefulSet", "mysql");
    object(objects, "Service", string(mysql, "spec", "serviceName"));
  }

  // ---- the web and projector roles -----------------------------------------------------------

  @Test
  void theWebRoleAndTheProjectorRoleRunTheSameImageWithTheirRoles() throws Exception {
    List<Map<String, Object>> objects = base();
    Map<String, Object> web = object(objects, "Deployment", WEB);
    Map<String, Object> projector = object(objects, "Deployment", PROJECTOR);

    assertThat(resources(objects, "Deployment"))
        .extracting(deployment -> nested(deployment, "metadata", "name"))
        .containsExactlyInAnyOrder(WEB, PROJECTOR);
    assertThat(container(projector).get("image")).isEqualTo(container(web).get("image"));
    assertThat(roles(web)).containsExactly("web", "jobs");
    assertThat(roles(projector)).containsExactly("projector");
    Set<String> all = new TreeSet<>(roles(web));
    all.addAll(roles(projector));
    assertThat(all).as("every role runs somewhere").isEqualTo(NODE_ROLES);
    assertThat(nested(projector, "spec", "replicas"))
        .as("projector replicas: more than the partitions would sit idle")
        .isInstanceOf(Integer.class);
    assertThat((Integer) nested(projector, "spec", "replicas"))
        .isBetween(1, applicationPartitions());
    assertThat(podLabels(web)).isNotEqualTo(podLabels(projector));
  }

  @Test
  void theServiceSendsPort80ToTheWebPodsOnTheApplicationsPort() throws IOException {
    assertThat(nested(yaml(APPLICATION_YML), "server", "port"))
        .as("server.port in application.yml")
        .isIn(null, APPLICATION_PORT);
    List<Map<String, Object>> objects = base();
    Map<String, Object> web = object(objects, "Deployment", WEB);
    Map<String, Object> service = object(objects, "Service", "gongkai");

    for (Map<String, Object> deployment : resources(objects, "Deployment")) {
      assertThat(list(container(deployment).get("ports")))
          .extracting(port -> map(port).get("containerPort"))
          .containsExactly(APPLICATION_PORT);
    }
    Map<String, Object> servicePort = map(single(list(nested(service, "spec", "ports"))));
    assertThat(servicePort.get("port")).isEqualTo(80);
    assertThat(containerPort(web, servicePort.get("targetPort"))).isEqualTo(APPLICATION_PORT);
    assertThat(nested(service, "spec", "type")).isEqualTo("ClusterIP");
    assertThat(selectedWorkloads(objects, map(nested(service, "spec", "selector"))))
        .containsExactly(WEB);
    assertThat(
            selectedWorkloads(
                objects, map(nested(object(objects, "Service", PROJECTOR), "spec", "selector"))))
        .containsExactly(PROJECTOR);
  }

  @Test
  void theWebRoleIsScaledOnCpuAndKeptAvailableThroughDisruptions() throws IOException {
    List<Map<String, Object>> objects = base();
    Map<String, Object> web = object(objects, "Deployment", WEB);
    Map<String, Object> hpa = resource(objects, "HorizontalPodAutoscaler");
    Map<String, Object> pdb = resource(objects, "PodDisruptionBudget");

    assertThat(podLabels(web))
        .containsAllEntriesOf(map(nested(web, "spec", "selector", "matchLabels")));
    assertThat(map(nested(web, "spec")))
        .as("replicas are the autoscaler's")
        .doesNotContainKey("replicas");
    assertThat(nested(hpa, "apiVersion")).isEqualTo("autoscaling/v2");
    assertThat(map(nested(hpa, "spec", "scaleTargetRef")))
        .containsEntry("apiVersion", "apps/v1")
        .containsEntry("kind", "Deployment")
        .containsEntry("name", WEB);
    assertThat((Integer) nested(hpa, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
    assertThat((Integer) nested(hpa, "spec", "maxReplicas"))
        .isGreaterThan((Integer) nested(hpa, "spec", "minReplicas"));
    Map<String, Object> metric = map(single(list(nested(hpa, "spec", "metrics"))));
    assertThat(metric.get("type")).isEqualTo("Resource");
    assertThat(nested(metric, "resource", "name")).isEqualTo("cpu");
    assertThat(nested(metric, "resource", "target", "type")).isEqualTo("Utilization");
    assertThat(string(container(web), "resources", "requests", "cpu"))
        .as("utilization is measured against the request")
        .isNotBlank();

    assertThat(nested(pdb, "apiVersion")).isEqualTo("policy/v1");
    assertThat(selectedWorkloads(objects, map(nested(pdb, "spec", "selector", "matchLabels"))))
        .containsExactly(WEB);
    assertThat((Integer) nested(pdb, "spec", "minAvailable"))
        .isLessThan((Integer) nested(hpa, "spec", "minReplicas"));
  }

  @Test
  void probesAskTheActuatorProbeGroupsThatTheApplicationEnables() throws IOException {
    assertThat(
            nested(yaml(APPLICATION_YML), "management", "endpoint", "health", "probes", "enabled"))
        .as("management.endpoint.health.probes.enabled in application.yml")
        .isEqualTo(true);
    for (Map<String, Object> deployment : resources(base(), "Deployment")) {
      Map<String, Object> container = container(deployment);
      Map<String, Object> startup = map(container.get("startupProbe"));
      Map<String, Object> liveness = map(container.get("livenessProbe"));
      Map<String, Object> readiness = map(container.get("readinessProbe"));

      assertThat(string(startup, "httpGet", "path")).isEqualTo("/actuator/health/liveness");
      assertThat(string(liveness, "httpGet", "path")).isEqualTo("/actuator/health/liveness");
      assertThat(string(readiness, "httpGet", "path")).isEqualTo("/actuator/health/readiness");
      for (Map<String, Object> probe : List.of(startup, liveness, readiness)) {
        assertThat(containerPort(deployment, nested(probe, "httpGet", "port")))
            .isEqualTo(APPLICATION_PORT);
      }
      int startupSeconds =
          (Integer) startup.get("periodSeconds") * (Integer) startup.get("failureThreshold");
      assertThat(startupSeconds)
          .as("time the startup probe allows, in seconds")
          .isBetween(170, 300);
    }
  }

  // ---- environment ----------------------------------------------------------------------------

  @Test
  void everyEnvironmentVariableGivenToTheAppIsOneItReads() throws Exception {
    Set<String> compose = composeAppEnvironment().keySet();
    Map<String, Set<String>> kubernetes = new TreeMap<>();
    for (Map<String, Object> deployment : resources(example(), "Deployment")) {
      kubernetes.put(
          string(deployment, "metadata", "name"), kubernetesEnvironment(deployment).keySet());
    }
    Set<String> given = new TreeSet<>(compose);
    kubernetes.values().forEach(given::addAll);

    assertThat(compose).containsAll(ESSENTIAL_VARIABLES);
    assertThat(kubernetes.values())
        .allSatisfy(names -> assertThat(names).containsAll(ESSENTIAL_VARIABLES));
    List<String> unread = new ArrayList<>();
    for (String variable : given) {
      if (!readByTheApplication(variable)) {
        unread.add(variable);
      }
    }
    assertThat(unread).as("variables the application does not read").isEmpty();
  }

  @Test
  void theVariablesTheManifestsGiveAreReallyReadByTheApplication() throws Exception {
    boolean placeholder = Files.readString(APPLICATION_YML).contains("${KAFKA_BOOTSTRAP_SERVERS");
    List<Path> readers = mainSourcesMentioning("\"KAFKA_BOOTSTRAP_SERVERS\"");
    Class<?> topicSettings = Class.forName("org.gongkai.platform.kafka.KafkaTopicsProperties");

    assertThat(placeholder || !readers.isEmpty())
        .as(
            "application.yml has ${KAFKA_BOOTSTRAP_SERVERS or a main source reads"
                + " \"KAFKA_BOOTSTRAP_SERVERS\"")
        .isTrue();
    assertThat(Files.readString(APPLICATION_YML))
        .as("application.yml reads GONGKAI_SECURE_COOKIES")
        .contains("${GONGKAI_SECURE_COOKIES");
    assertThat(mainSourcesMentioning("\"GONGKAI_ADMIN_PASSWORD\""))
        .as("main sources that read GONGKAI_ADMIN_PASSWORD")
        .isNotEmpty();
    // relaxed binding: GONGKAI_KAFKA_TOPICS_REPLICATION_FACTOR ->
    // gongkai.kafka.topics.replication-factor
    assertThat(topicSettings.getAnnotation(ConfigurationProperties.class).value())
        .isEqualTo("gongkai.kafka.topics");
    assertThat(topicSettings.getRecordComponents())
        .extracting(RecordComponent::getName)
        .contains("partitions", "replicationFactor");
    assertThat(propertiesTheApplicationDeclares())
        .contains(
            "spring.datasource.url",
            "gongkai.kafka.topics.replication-factor",
            "gongkai.metrics.username",
            "gongkai.metrics.password",
            "gongkai.bootstrap.password-file");
  }

  @Test
  void theDeploymentsTakeTheirEnvironmentFromTheConfigMapAndTheSecretsTheBaseNames()
      throws IOException {
    for (Map<String, Object> deployment : resources(base(), "Deployment")) {
      Set<String> configMaps = new TreeSet<>();
      Set<String> secrets = new TreeSet<>();
      for (Object source : list(container(deployment).get("envFrom"))) {
        Object configMap = nested(source, "configMapRef", "name");
        Object secret = nested(source, "secretRef", "name");
        if (configMap != null) {
          configMaps.add((String) configMap);
        }
        if (secret != null) {
          secrets.add((String) secret);
        }
      }
      for (Object variable : list(container(deployment).get("env"))) {
        Object secret = nested(variable, "valueFrom", "secretKeyRef", "name");
        if (secret != null) {
          secrets.add((String) secret);
        }
      }

      assertThat(configMaps).containsExactly("gongkai-config");
      assertThat(secrets).containsExactlyInAnyOrder("gongkai-secrets", "gongkai-metrics");
    }
    object(base(), "ConfigMap", "gongkai-config");
  }

  @Test
  void theDatabaseIsMySqlWithCamundasDriverSettingOnBothTargets() throws IOException {
    for (String url :
        List.of(
            composeAppEnvironment().get("SPRING_DATASOURCE_URL"),
            kubernetesConfigMap().get("SPRING_DATASOURCE_URL"))) {
      assertThat(url).startsWith("jdbc:mysql://").contains("sendFractionalSeconds=false");
    }
    assertThat(composeAppEnvironment().get("SPRING_DATASOURCE_URL"))
        .startsWith("jdbc:mysql://mysql:3306/gongkai?");
  }

  // ---- MySQL ----------------------------------------------------------------------------------

  @Test
  void mySqlIsAnExternalServerNamedByTheServiceTheUrlReaches() throws IOException {
    JdbcUrl url = JdbcUrl.parse(kubernetesConfigMap().get("SPRING_DATASOURCE_URL"));
    List<Map<String, Object>> objects = base();
    Map<String, Object> service = object(objects, "Service", url.host());

    assertThat(nested(service, "spec", "type")).isEqualTo("ExternalName");
    assertThat(string(service, "spec", "externalName")).isNotBlank();
    assertThat(list(nested(service, "spec", "ports")))
        .extracting(port -> map(port).get("port"))
        .containsExactly(url.port());
    assertThat(resources(objects, "StatefulSet")).as("no database in the base").isEmpty();
  }

  @Test
  void theServerSettingsAndGrantsAreTheOnesTheApplicationNeeds() throws IOException {
    Map<String, String> mysql =
        stringValues(map(object(base(), "ConfigMap", "gongkai-mysql").get("data")));
    Map<String, String> server = iniSection(mysql.get("gongkai.cnf"), "mysqld");
    JdbcUrl url = JdbcUrl.parse(kubernetesConfigMap().get("SPRING_DATASOURCE_URL"));

    assertThat(server)
        .containsEntry("character-set-server", "utf8mb4")
        .containsEntry("collation-server", "utf8mb4_unicode_ci")
        .containsEntry("transaction-isolation", "READ-COMMITTED")
        .containsEntry("default-time-zone", "'+08:00'")
        .containsEntry("lower_case_table_names", "0");
    assertThat(
            nested(
                yaml(APPLICATION_YML), "spring", "datasource", "hikari", "transaction-isolation"))
        .as("the application asks for READ COMMITTED itself too")
        .isEqualTo("TRANSACTION_READ_COMMITTED");
    assertThat(kubernetesConfigMap().get("TZ"))
        .as("+08:00 is the application's zone")
        .isEqualTo("Asia/Shanghai");
    int connections =
        (Integer)
                nested(yaml(APPLICATION_YML), "spring", "datasource", "hikari", "maximum-pool-size")
            * (maxWebReplicas()
                + (Integer) nested(object(base(), "Deployment", PROJECTOR), "spec", "replicas"));
    assertThat(Integer.valueOf(server.get("max_connections")))
        .as("room for every replica's pool")
        .isGreaterThan(connections);

    String grants = mysql.get("grants.sql").strip();
    Matcher grant = Pattern.compile("GRANT (.+) ON (\\w+)\\.\\* TO '(\\w+)'@'%';").matcher(grants);
    assertThat(grant.matches()).as(grants).isTrue();
    assertThat(Arrays.stream(grant.group(1).split(",")).map(String::strip))
        .containsExactlyInAnyOrder(
            "SELECT",
            "INSERT",
            "UPDATE",
            "DELETE",
            "CREATE",
            "ALTER",
            "DROP",
            "INDEX",
            "REFERENCES");
    assertThat(grant.group(2)).as("the URL's database").isEqualTo(url.database());
    assertThat(grant.group(3))
        .as("the account of the example secret")
        .isEqualTo(
            kubernetesEnvironment(object(example(), "Deployment", WEB))
                .get("SPRING_DATASOURCE_USERNAME"));
  }

  @Test
  void theExampleRunsAMySqlWithThoseSettingsBehindTheSameName() throws IOException {
    List<Map<String, Object>> objects = example();
    JdbcUrl url = JdbcUrl.parse(kubernetesConfigMap().get("SPRING_DATASOURCE_URL"));
    Map<String, Object> statefulSet = object(objects, "StatefulSet", "mysql");
    Map<String, Object> service = object(objects, "Service", url.host());
    Map<String, Object> mysql = container(statefulSet);
    Map<String, Object> env = envByName(mysql);

    assertThat(nested(service, "spec", "type")).isEqualTo("ClusterIP");
    assertThat(map(nested(service, "spec"))).doesNotContainKey("externalName");
    assertThat(selectedWorkloads(objects, map(nested(service, "spec", "selector"))))
        .containsExactly("mysql");
    assertThat(string(mysql, "image")).matches("mysql:8\\.[0-9]+");
    assertThat(containerPort(statefulSet, "mysql")).isEqualTo(url.port());
    assertThat(nested(env.get("MYSQL_DATABASE"), "value")).isEqualTo(url.database());
    assertThat(map(nested(env.get("GONGKAI_DB_USER"), "valueFrom", "secretKeyRef")))
        .containsEntry("name", "gongkai-secrets")
        .containsEntry("key", "SPRING_DATASOURCE_USERNAME");
    assertThat(map(nested(env.get("GONGKAI_DB_PASSWORD"), "valueFrom", "secretKeyRef")))
        .containsEntry("name", "gongkai-secrets")
        .containsEntry("key", "SPRING_DATASOURCE_PASSWORD");
    assertThat(env).doesNotContainKey("MYSQL_USER");
    Map<String, String> mounts = new TreeMap<>();
    for (Object mount : list(mysql.get("volumeMounts"))) {
      mounts.put(string(mount, "mountPath"), String.valueOf(map(mount).get("subPath")));
    }
    assertThat(mounts)
        .containsEntry("/etc/mysql/conf.d/gongkai.cnf", "gongkai.cnf")
        .containsEntry("/etc/gongkai/grants.sql", "grants.sql")
        .containsKeys("/var/lib/mysql", "/docker-entrypoint-initdb.d");
    String init =
        String.join(
            "\n",
            stringValues(map(object(objects, "ConfigMap", "mysql-init").get("data"))).values());
    assertThat(init)
        .contains("< /etc/gongkai/grants.sql")
        .contains("${GONGKAI_DB_USER}")
        .contains("${GONGKAI_DB_PASSWORD}");
  }

  // ---- Kafka (Strimzi) ------------------------------------------------------------------------

  @Test
  void theKafkaClusterIsKraftWithThreeNodesAndReplicatesEveryWrite() throws IOException {
    List<Map<String, Object>> objects = base();
    Map<String, Object> kafka = resource(objects, "Kafka");
    Map<String, Object> pool = resource(objects, "KafkaNodePool");
    Map<String, Object> config = map(nested(kafka, "spec", "kafka", "config"));

    assertThat(kafka.get("apiVersion")).isEqualTo("kafka.strimzi.io/v1beta2");
    assertThat(pool.get("apiVersion")).isEqualTo("kafka.strimzi.io/v1beta2");
    assertThat(map(nested(kafka, "metadata", "annotations")))
        .containsEntry("strimzi.io/node-pools", "enabled")
        .containsEntry("strimzi.io/kraft", "enabled");
    assertThat(map(kafka.get("spec"))).as("KRaft: no ZooKeeper").doesNotContainKey("zookeeper");
    assertThat(list(nested(kafka, "spec", "kafka", "listeners"))).isNotEmpty();
    assertThat(config)
        .containsEntry("default.replication.factor", 3)
        .containsEntry("min.insync.replicas", 2)
        .containsEntry("offsets.topic.replication.factor", 3)
        .containsEntry("transaction.state.log.replication.factor", 3)
        .containsEntry("transaction.state.log.min.isr", 2)
        .containsEntry("auto.create.topics.enable", false);
    assertThat(string(pool, "metadata", "labels", "strimzi.io/cluster"))
        .isEqualTo(string(kafka, "metadata", "name"));
    assertThat(nested(pool, "spec", "replicas")).isEqualTo(3);
    assertThat(strings(nested(pool, "spec", "roles")))
        .containsExactlyInAnyOrder("controller", "broker");
    assertThat(nested(pool, "spec", "storage", "type")).isIn("jbod", "persistent-claim");
    assertThat(list(nested(pool, "spec", "storage", "volumes")))
        .anyMatch(volume -> "shared".equals(map(volume).get("kraftMetadata")));
    assertThat(nested(kafka, "spec", "entityOperator", "topicOperator"))
        .as("the Topic Operator creates the KafkaTopics")
        .isNotNull();
    assertThat(nested(yaml(APPLICATION_YML), "spring", "kafka", "producer", "acks"))
        .as("the producer waits for the in-sync replicas")
        .isEqualTo("all");
  }

  @Test
  void theApplicationReachesTheClustersPlainListener() throws IOException {
    List<Map<String, Object>> objects = base();
    Map<String, Object> kafka = resource(objects, "Kafka");
    String bootstrapServers = kubernetesConfigMap().get("KAFKA_BOOTSTRAP_SERVERS");
    Map<String, Object> listener =
        list(nested(kafka, "spec", "kafka", "listeners")).stream()
            .map(DeploymentManifestsTests::map)
            .filter(candidate -> "internal".equals(candidate.get("type")))
            .filter(candidate -> Boolean.FALSE.equals(candidate.get("tls")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no internal plain listener"));

    assertThat(bootstrapServers)
        .isEqualTo(string(kafka, "metadata", "name") + "-kafka-bootstrap:" + listener.get("port"));
    for (Map<String, Object> topic : kafkaTopics(objects).values()) {
      assertThat(nested(topic, "apiVersion")).isEqualTo("kafka.strimzi.io/v1beta2");
      assertThat(string(topic, "metadata", "labels", "strimzi.io/cluster"))
          .isEqualTo(string(kafka, "metadata", "name"));
    }
    Map<String, Object> peer = map(single(list(listener.get("networkPolicyPeers"))));
    assertThat(selectedWorkloads(objects, map(nested(peer, "podSelector", "matchLabels"))))
        .containsExactlyInAnyOrder(WEB, PROJECTOR);
  }

  @Test
  void theKafkaTopicsAreTheOnesTheApplicationUses() throws Exception {
    List<Map<String, Object>> objects = base();
    Map<String, Map<String, Object>> topics = kafkaTopics(objects);
    Map<String, String> config = kubernetesConfigMap();
    int brokers = (Integer) nested(resource(objects, "KafkaNodePool"), "spec", "replicas");

    assertThat(topics.keySet())
        .containsExactlyInAnyOrderElementsOf(topicNamesDeclaredByTheApplication())
        .containsExactlyInAnyOrder(
            GongkaiTopics.DISCLOSURE_REQUESTS,
            GongkaiTopics.COMPLAINTS,
            GongkaiTopics.SUPERVISION,
            GongkaiTopics.INBOUND_TICKETS,
            GongkaiTopics.INBOUND_TICKETS_DEAD_LETTER,
            GongkaiTopics.STATISTICS_DEAD_LETTER);
    for (String caseEvents :
        List.of(
            GongkaiTopics.DISCLOSURE_REQUESTS,
            GongkaiTopics.COMPLAINTS,
            GongkaiTopics.SUPERVISION,
            GongkaiTopics.STATISTICS_DEAD_LETTER)) {
      assertThat(retentionMillis(topics.get(caseEvents)))
          .as("%s kept forever", caseEvents)
          .isEqualTo(-1);
    }
    assertThat(retentionMillis(topics.get(GongkaiTopics.INBOUND_TICKETS)))
        .isEqualTo(Duration.ofDays(7).toMillis())
        .isEqualTo(applicationRetention("inbound-retention", 2).toMillis());
    assertThat(retentionMillis(topics.get(GongkaiTopics.INBOUND_TICKETS_DEAD_LETTER)))
        .isEqualTo(Duration.ofDays(30).toMillis())
        .isEqualTo(applicationRetention("dead-letter-retention", 3).toMillis());
    for (Map<String, Object> topic : topics.values()) {
      assertThat(nested(topic, "spec", "partitions"))
          .isEqualTo(applicationPartitions())
          .isEqualTo(Integer.valueOf(config.get("GONGKAI_KAFKA_TOPICS_PARTITIONS")));
      assertThat(nested(topic, "spec", "replicas"))
          .isEqualTo(3)
          .isEqualTo(Integer.valueOf(config.get("GONGKAI_KAFKA_TOPICS_REPLICATION_FACTOR")));
      assertThat((Integer) nested(topic, "spec", "replicas")).isLessThanOrEqualTo(brokers);
      assertThat(nested(topic, "spec", "config", "min.insync.replicas")).isEqualTo(2);
    }
  }

  // ---- monitoring and network ----------------------------------------------------------------

  @Test
  void prometheusScrapesEveryApplicationPodWithTheMetricsAccount() throws Exception {
    List<Map<String, Object>> objects = base();
    Map<String, Object> monitor = resource(objects, "ServiceMonitor");
    Map<String, Object> endpoint = map(single(list(nested(monitor, "spec", "endpoints"))));
    List<Map<String, Object>> services =
        resources(objects, "Service").stream()
            .filter(
                service ->
                    selects(
                        map(nested(monitor, "spec", "selector", "matchLabels")),
                        map(nested(service, "metadata", "labels"))))
            .toList();

    assertThat(monitor.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
    assertThat(endpoint.get("path")).isEqualTo("/actuator/prometheus");
    assertThat(
            String.valueOf(
                nested(
                    yaml(APPLICATION_YML),
                    "management",
                    "endpoints",
                    "web",
                    "exposure",
                    "include")))
        .contains("prometheus");
    Set<String> scraped = new TreeSet<>();
    for (Map<String, Object> service : services) {
      assertThat(list(nested(service, "spec", "ports")))
          .as("%s has the port %s", Kustomize.id(service), endpoint.get("port"))
          .anyMatch(port -> endpoint.get("port").equals(map(port).get("name")));
      scraped.addAll(selectedWorkloads(objects, map(nested(service, "spec", "selector"))));
    }
    assertThat(scraped).containsExactlyInAnyOrder(WEB, PROJECTOR);

    // the account: gongkai.metrics.username / password (SecurityConfiguration), given to every
    // pod from the same Secret keys the ServiceMonitor sends
    assertThat(
            Files.readString(
                MAIN_SOURCES.resolve("org/gongkai/platform/security/SecurityConfiguration.java")))
        .contains("${gongkai.metrics.username")
        .contains("${gongkai.metrics.password")
        .contains(".roles(METRICS)");
    for (Map<String, Object> deployment : resources(objects, "Deployment")) {
      Map<String, Object> env = envByName(container(deployment));
      assertThat(nested(env.get("GONGKAI_METRICS_USERNAME"), "valueFrom", "secretKeyRef"))
          .isEqualTo(nested(endpoint, "basicAuth", "username"));
      assertThat(nested(env.get("GONGKAI_METRICS_PASSWORD"), "valueFrom", "secretKeyRef"))
          .isEqualTo(nested(endpoint, "basicAuth", "password"));
    }
  }

  @Test
  void theConsumerLagOfTheApplicationsGroupsIsExported() throws Exception {
    List<Map<String, Object>> objects = base();
    Map<String, Object> kafka = resource(objects, "Kafka");
    Map<String, Object> podMonitor = resource(objects, "PodMonitor");
    Pattern groups = Pattern.compile(string(kafka, "spec", "kafkaExporter", "groupRegex"));
    Pattern topics = Pattern.compile(string(kafka, "spec", "kafkaExporter", "topicRegex"));

    for (String listener :
        List.of(
            "org.gongkai.statistics.StatisticsListener",
            "org.gongkai.complaint.inbound.InboundTicketListener")) {
      Field group = Class.forName(listener).getDeclaredField("GROUP");
      group.setAccessible(true);
      assertThat(groups.matcher((String) group.get(null)).matches())
          .as("the exporter watches %s", group.get(null))
          .isTrue();
    }
    assertThat(topicNamesDeclaredByTheApplication())
        .allMatch(topic -> topics.matcher(topic).matches());
    assertThat(podMonitor.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
    assertThat(map(nested(podMonitor, "spec", "selector", "matchLabels")))
        .containsEntry("strimzi.io/cluster", string(kafka, "metadata", "name"))
        .containsEntry("strimzi.io/name", string(kafka, "metadata", "name") + "-kafka-exporter");
    assertThat(map(single(list(nested(podMonitor, "spec", "podMetricsEndpoints")))))
        .containsEntry("port", "tcp-prometheus")
        .containsEntry("path", "/metrics");
  }

  @Test
  void onlyTheApplicationsPortIsOpenOnItsPods() throws IOException {
    List<Map<String, Object>> objects = base();
    Map<String, Object> policy = object(objects, "NetworkPolicy", "gongkai");

    assertThat(
            selectedWorkloads(objects, map(nested(policy, "spec", "podSelector", "matchLabels"))))
        .containsExactlyInAnyOrder(WEB, PROJECTOR);
    assertThat(strings(nested(policy, "spec", "policyTypes"))).containsExactly("Ingress");
    for (Object rule : list(nested(policy, "spec", "ingress"))) {
      assertThat(list(map(rule).get("ports"))).isNotEmpty();
      for (Object port : list(map(rule).get("ports"))) {
        for (Map<String, Object> deployment : resources(objects, "Deployment")) {
          assertThat(containerPort(deployment, map(port).get("port"))).isEqualTo(APPLICATION_PORT);
        }
      }
    }
  }

  @Test
  void onlyTheApplicationsPodsReachMySqlAndKafka() throws IOException {
    List<Map<String, Object>> objects = example();
    Map<String, Object> mysqlPolicy = object(objects, "NetworkPolicy", "mysql");
    Map<String, Object> kafkaPolicy = object(objects, "NetworkPolicy", "gongkai-kafka");
    Map<String, Object> pool = resource(objects, "KafkaNodePool");
    int mysqlPort = JdbcUrl.parse(kubernetesConfigMap().get("SPRING_DATASOURCE_URL")).port();
    Object kafkaPort =
        map(list(nested(resource(objects, "Kafka"), "spec", "kafka", "listeners")).get(0))
            .get("port");

    assertThat(
            selectedWorkloads(
                objects, map(nested(mysqlPolicy, "spec", "podSelector", "matchLabels"))))
        .containsExactly("mysql");
    Map<String, Object> mysqlRule = map(single(list(nested(mysqlPolicy, "spec", "ingress"))));
    assertThat(peersSelect(objects, mysqlRule)).containsExactlyInAnyOrder(WEB, PROJECTOR);
    assertThat(list(mysqlRule.get("ports")))
        .extracting(port -> map(port).get("port"))
        .containsExactly(mysqlPort);

    assertThat(map(nested(kafkaPolicy, "spec", "podSelector", "matchLabels")))
        .containsEntry("strimzi.io/cluster", string(resource(objects, "Kafka"), "metadata", "name"))
        .containsEntry("strimzi.io/pool-name", string(pool, "metadata", "name"));
    List<Object> kafkaRules = list(nested(kafkaPolicy, "spec", "ingress"));
    List<Map<String, Object>> clientRules =
        kafkaRules.stream()
            .map(DeploymentManifestsTests::map)
            .filter(
                rule ->
                    list(rule.get("ports")).stream()
                        .anyMatch(port -> kafkaPort.equals(map(port).get("port"))))
            .toList();
    assertThat(clientRules).hasSize(1);
    assertThat(peersSelect(objects, clientRules.get(0))).containsExactlyInAnyOrder(WEB, PROJECTOR);
    for (Object rule : kafkaRules) {
      assertThat(list(map(rule).get("from"))).as("no rule open to everyone").isNotEmpty();
    }
  }

  @Test
  void thePodsRunAsTheImagesNonRootUserWithAWritableTmp() throws IOException {
    String imageUser = dockerfileUser(finalStage(dockerfileInstructions()));
    for (Map<String, Object> deployment : resources(base(), "Deployment")) {
      Map<String, Object> pod = podSpec(deployment);
      Map<String, Object> container = container(deployment);

      assertThat(nested(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
      assertThat(nested(pod, "securityContext", "runAsUser"))
          .isNotEqualTo(0)
          .isEqualTo(Integer.valueOf(imageUser));
      assertThat(nested(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
      if (Boolean.TRUE.equals(nested(container, "securityContext", "readOnlyRootFilesystem"))) {
        Object tmpVolume =
            list(container.get("volumeMounts")).stream()
                .filter(mount -> "/tmp".equals(map(mount).get("mountPath")))
                .map(mount -> map(mount).get("name"))
                .findFirst()
                .orElse(null);
        assertThat(tmpVolume).as("a volume on /tmp").isNotNull();
        assertThat(kubernetesConfigMap().get("GONGKAI_BOOTSTRAP_PASSWORD_FILE"))
            .as("the generated administrator password goes where the pod may write")
            .startsWith("/tmp/");
        assertThat(list(pod.get("volumes")))
            .anyMatch(
                volume ->
                    tmpVolume.equals(map(volume).get("name"))
                        && map(volume).containsKey("emptyDir"));
      }
    }
  }

  @Test
  void theHeapIsSizedFromTheContainersMemoryLimit() throws IOException {
    assertThat(kubernetesConfigMap().get("JAVA_TOOL_OPTIONS")).contains("-XX:MaxRAMPercentage=75");
    for (Map<String, Object> deployment : resources(base(), "Deployment")) {
      Map<String, Object> resources = map(container(deployment).get("resources"));
      assertThat(string(resources, "limits", "memory")).isNotBlank();
      assertThat(string(resources, "requests", "memory")).isNotBlank();
      assertThat(string(resources, "requests", "cpu")).isNotBlank();
    }
  }

  // ---- the production image: no in-process broker --------------------------------------------

  @Test
  void theImageIsBuiltWithTheProfileThatLeavesTheBrokerOut() throws Exception {
    Element profile = pomProfile("image");
    Map<String, Element> dependencies = new TreeMap<>();
    NodeList nodes = child(profile, "dependencies").getElementsByTagName("dependency");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element dependency = (Element) nodes.item(i);
      dependencies.put(child(dependency, "artifactId").getTextContent().strip(), dependency);
    }

    assertThat(dependencies.keySet()).isEqualTo(BROKER_ARTIFACTS);
    for (Element dependency : dependencies.values()) {
      assertThat(child(dependency, "optional").getTextContent().strip()).isEqualTo("true");
      Element exclusion = (Element) dependency.getElementsByTagName("exclusion").item(0);
      assertThat(child(exclusion, "groupId").getTextContent().strip()).isEqualTo("*");
      assertThat(child(exclusion, "artifactId").getTextContent().strip()).isEqualTo("*");
    }
    assertThat(profile.getElementsByTagName("includeOptional").item(0).getTextContent().strip())
        .isEqualTo("false");
    assertThat(dockerfileInstructions())
        .anyMatch(
            line ->
                line.contains("./mvnw") && line.contains(" -Pimage ") && line.contains(" package"));
  }

  @Test
  void withAnExternalKafkaNothingLoadsTheBrokersClasses() throws Exception {
    Class<?> condition = Class.forName("org.gongkai.platform.kafka.InProcessKafkaBrokerCondition");
    Class<?> configuration =
        Class.forName("org.gongkai.platform.kafka.InProcessKafkaBrokerConfiguration");
    Class<?> environment =
        Class.forName("org.gongkai.platform.kafka.KafkaBootstrapServersEnvironment");
    Class<?> properties =
        Class.forName("org.gongkai.platform.kafka.InProcessKafkaBrokerProperties");

    assertThat(List.<Object>of(configuration.getAnnotation(Conditional.class).value()))
        .containsExactly(condition);
    for (Class<?> type : List.of(condition, environment, properties)) {
      assertThat(brokerTypesInSignatures(type)).as("broker types in %s", type).isEmpty();
    }
    // the condition answers "no" to a disabled broker before it touches InProcessKafkaBroker
    String source =
        Files.readString(
            MAIN_SOURCES.resolve("org/gongkai/platform/kafka/InProcessKafkaBrokerCondition.java"));
    assertThat(source.indexOf("\"gongkai.kafka.embedded.enabled\""))
        .isNotNegative()
        .isLessThan(source.indexOf("InProcessKafkaBroker."));
    // and nothing outside these classes knows the broker
    assertThat(mainSourcesMentioning("InProcessKafkaBroker"))
        .extracting(file -> file.getFileName().toString())
        .allMatch(
            name ->
                name.startsWith("InProcessKafkaBroker")
                    || name.equals("KafkaBootstrapServersEnvironment.java"));
    assertThat(mainSourcesMentioning("import kafka."))
        .extracting(file -> file.getFileName().toString())
        .containsExactly("InProcessKafkaBroker.java");
  }

  // ---- Compose and the image --------------------------------------------------------------

  @Test
  void composeRunsMySql84WithUtf8mb4AndStartsTheAppWhenItIsHealthy() throws IOException {
    Map<String, Object> mysql = composeService("mysql");

    assertThat(mysql.get("image")).isEqualTo("mysql:8.4");
    assertThat(strings(mysql.get("command")))
        .contains("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
    assertThat(environment(mysql.get("environment"))).containsEntry("MYSQL_DATABASE", "gongkai");
    assertThat(String.join(" ", strings(nested(mysql, "healthcheck", "test"))))
        .contains("mysqladmin ping");
    assertThat(strings(mysql.get("volumes")))
        .anyMatch(volume -> volume.endsWith(":/var/lib/mysql"));
    assertThat(string(composeService("app"), "depends_on", "mysql", "condition"))
        .isEqualTo("service_healthy");
  }

  @Test
  void composeRunsASingleKraftKafkaNodeThatTheAppReaches() throws IOException {
    Map<String, Object> kafka = composeService("kafka");
    Map<String, String> broker = environment(kafka.get("environment"));
    Map<String, String> app = composeAppEnvironment();

    assertThat(kafka.get("image")).isEqualTo("apache/kafka:3.9.1");
    assertThat(broker.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
    assertThat(broker)
        .containsKeys("CLUSTER_ID", "KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_LOG_DIRS");
    assertThat(broker.get("KAFKA_ADVERTISED_LISTENERS"))
        .isEqualTo("PLAINTEXT://" + app.get("KAFKA_BOOTSTRAP_SERVERS"));
    assertThat(strings(kafka.get("volumes")))
        .contains("kafka-data:" + broker.get("KAFKA_LOG_DIRS"));
    assertThat(app.get("GONGKAI_KAFKA_TOPICS_REPLICATION_FACTOR"))
        .as("replicas on a single broker")
        .isEqualTo("1");
    assertThat(string(composeService("app"), "depends_on", "kafka", "condition"))
        .isEqualTo("service_healthy");
  }

  @Test
  void composeBuildsTheAppFromTheDockerfileAndPublishesItsPort() throws IOException {
    Map<String, Object> app = composeService("app");

    assertThat(string(app, "build", "context")).isEqualTo("..");
    assertThat(string(app, "build", "dockerfile")).isEqualTo("docker/Dockerfile");
    assertThat(strings(app.get("ports"))).containsExactly("8080:" + APPLICATION_PORT);
  }

  @Test
  void everythingRunsOnShanghaiTime() throws IOException {
    assertThat(composeAppEnvironment()).containsEntry("TZ", "Asia/Shanghai");
    assertThat(kubernetesConfigMap()).containsEntry("TZ", "Asia/Shanghai");
    assertThat(finalStage(dockerfileInstructions())).contains("ENV TZ=Asia/Shanghai");
    assertThat(nested(yaml(APPLICATION_YML), "spring", "jackson", "time-zone"))
        .isEqualTo("Asia/Shanghai");
  }

  @Test
  void theImageIsBuiltAndRunOnJava17AsANonRootUser() throws Exception {
    List<String> instructions = dockerfileInstructions();
    List<String> froms = instructions.stream().filter(line -> line.startsWith("FROM ")).toList();
    List<String> finalStage = finalStage(instructions);

    assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
    assertThat(froms)
        .allMatch(
            from ->
                from.matches(
                    "FROM eclipse-temurin:17-jdk(\\s.*)?|FROM eclipse-temurin:17-jre(\\s.*)?"));
    assertThat(froms.get(0)).startsWith("FROM eclipse-temurin:17-jdk");
    assertThat(froms.get(froms.size() - 1)).isEqualTo("FROM eclipse-temurin:17-jre");
    assertThat(pomJavaVersion()).isEqualTo("17");
    assertThat(dockerfileUser(finalStage)).as("USER of the final stage").isNotIn("root", "0", "");
    assertThat(finalStage).contains("EXPOSE " + APPLICATION_PORT);
  }

  @Test
  void theImageRunsTheProjectsJarFromItsLayers() throws Exception {
    List<String> instructions = dockerfileInstructions();
    String jar = "target/" + pomArtifactId() + "-" + pomVersion() + ".jar";
    List<String> layerCopies =
        finalStage(instructions).stream()
            .filter(line -> line.startsWith("COPY ") && line.contains("/extracted/"))
            .toList();

    assertThat(instructions).anyMatch(line -> line.contains("./mvnw") && line.contains(" package"));
    assertThat(instructions).anyMatch(line -> line.contains(jar));
    assertThat(instructions)
        .anyMatch(
            line ->
                line.contains("java -Djarmode=tools -jar")
                    && line.contains("extract --layers --launcher --destination"));
    assertThat(layerCopies)
        .extracting(DeploymentManifestsTests::copiedLayer)
        .containsExactly(
            "dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    assertThat(finalStage(instructions))
        .anyMatch(
            line ->
                line.startsWith("ENTRYPOINT ")
                    && line.contains("org.springframework.boot.loader.launch.JarLauncher"));
  }

  @Test
  void theBuildContextLeavesOutBuildOutputLocalDataAndGit() throws IOException {
    List<String> patterns =
        Files.readAllLines(DOCKERIGNORE).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();

    assertThat(patterns).contains("target/", "data/", ".git");
  }

  // ---- Kubernetes ----------------------------------------------------------------------------

  private static List<Map<String, Object>> base() throws IOException {
    return Kustomize.render(BASE);
  }

  private static List<Map<String, Object>> example() throws IOException {
    return Kustomize.render(EXAMPLE);
  }

  private static List<Path> yamlFilesUnder(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    }
  }

  private static Set<String> ids(List<Map<String, Object>> objects) {
    return objects.stream().map(Kustomize::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> objects) {
    Map<String, Map<String, Object>> byId = new TreeMap<>();
    objects.forEach(object -> byId.put(Kustomize.id(object), object));
    return byId;
  }

  private static List<Map<String, Object>> resources(
      List<Map<String, Object>> objects, String kind) {
    return objects.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
  }

  private static Map<String, Object> resource(List<Map<String, Object>> objects, String kind) {
    List<Map<String, Object>> found = resources(objects, kind);
    assertThat(found).as("resources of kind %s", kind).hasSize(1);
    return found.get(0);
  }

  private static Map<String, Object> object(
      List<Map<String, Object>> objects, String kind, String name) {
    return resources(objects, kind).stream()
        .filter(resource -> name.equals(nested(resource, "metadata", "name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
  }

  /** The keys a ConfigMap or Secret holds. */
  private static Set<String> keys(Map<String, Object> configMapOrSecret) {
    Set<String> keys = new TreeSet<>();
    for (String field : List.of("data", "stringData")) {
      if (configMapOrSecret.get(field) != null) {
        keys.addAll(map(configMapOrSecret.get(field)).keySet());
      }
    }
    return keys;
  }

  private static List<Map<String, Object>> workloads(List<Map<String, Object>> objects) {
    List<Map<String, Object>> workloads = new ArrayList<>(resources(objects, "Deployment"));
    workloads.addAll(resources(objects, "StatefulSet"));
    return workloads;
  }

  private static Map<String, Object> podSpec(Map<String, Object> workload) {
    return map(nested(workload, "spec", "template", "spec"));
  }

  private static Map<String, Object> podLabels(Map<String, Object> workload) {
    return map(nested(workload, "spec", "template", "metadata", "labels"));
  }

  private static Map<String, Object> container(Map<String, Object> workload) {
    List<Object> containers = list(podSpec(workload).get("containers"));
    assertThat(containers).as("containers of %s", Kustomize.id(workload)).hasSize(1);
    return map(containers.get(0));
  }

  /** Whether a label selector's matchLabels pick an object with these labels. */
  private static boolean selects(Map<String, Object> matchLabels, Map<String, Object> labels) {
    return !matchLabels.isEmpty()
        && labels != null
        && labels.entrySet().containsAll(matchLabels.entrySet());
  }

  /** The names of the workloads whose pods the selector picks. */
  private static Set<String> selectedWorkloads(
      List<Map<String, Object>> objects, Map<String, Object> matchLabels) {
    return workloads(objects).stream()
        .filter(workload -> selects(matchLabels, podLabels(workload)))
        .map(workload -> string(workload, "metadata", "name"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The workloads a network policy rule lets in: pod selectors of this namespace only. */
  private static Set<String> peersSelect(
      List<Map<String, Object>> objects, Map<String, Object> rule) {
    Set<String> selected = new TreeSet<>();
    for (Object peer : list(rule.get("from"))) {
      assertThat(map(peer)).as("a peer in this namespace").containsOnlyKeys("podSelector");
      selected.addAll(selectedWorkloads(objects, map(nested(peer, "podSelector", "matchLabels"))));
    }
    return selected;
  }

  /** The container port a Service, probe or policy port (number or name) leads to. */
  private static int containerPort(Map<String, Object> workload, Object port) {
    if (port instanceof Integer number) {
      return number;
    }
    return list(container(workload).get("ports")).stream()
        .map(DeploymentManifestsTests::map)
        .filter(candidate -> port.equals(candidate.get("name")))
        .map(candidate -> (Integer) candidate.get("containerPort"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container port named " + port));
  }

  private static Map<String, Object> envByName(Map<String, Object> container) {
    Map<String, Object> byName = new TreeMap<>();
    for (Object variable : list(container.getOrDefault("env", List.of()))) {
      byName.put(string(variable, "name"), variable);
    }
    return byName;
  }

  private static List<String> roles(Map<String, Object> deployment) {
    Object roles = nested(envByName(container(deployment)).get("GONGKAI_NODE_ROLES"), "value");
    assertThat(roles).as("GONGKAI_NODE_ROLES of %s", Kustomize.id(deployment)).isNotNull();
    List<String> list = Arrays.stream(((String) roles).split(",")).map(String::strip).toList();
    assertThat(list).isSubsetOf(NODE_ROLES).doesNotHaveDuplicates();
    return list;
  }

  private static Map<String, String> kubernetesConfigMap() throws IOException {
    return stringValues(map(object(base(), "ConfigMap", "gongkai-config").get("data")));
  }

  /** What a workload's container sees: envFrom config maps and secrets, then env. */
  private static Map<String, String> kubernetesEnvironment(Map<String, Object> workload)
      throws IOException {
    List<Map<String, Object>> objects = example();
    Map<String, String> environment = new LinkedHashMap<>();
    Map<String, Object> container = container(workload);
    for (Object source : list(container.getOrDefault("envFrom", List.of()))) {
      Object configMap = nested(source, "configMapRef", "name");
      Object secret = nested(source, "secretRef", "name");
      Map<String, Object> referenced =
          configMap != null
              ? object(objects, "ConfigMap", (String) configMap)
              : object(objects, "Secret", (String) secret);
      for (String key : List.of("data", "stringData")) {
        if (referenced.get(key) != null) {
          environment.putAll(stringValues(map(referenced.get(key))));
        }
      }
    }
    for (Object variable : list(container.getOrDefault("env", List.of()))) {
      Object value = map(variable).get("value");
      environment.put(
          string(variable, "name"), value == null ? "(from a reference)" : (String) value);
    }
    return environment;
  }

  private static int maxWebReplicas() throws IOException {
    return (Integer) nested(resource(base(), "HorizontalPodAutoscaler"), "spec", "maxReplicas");
  }

  private static Map<String, Map<String, Object>> kafkaTopics(List<Map<String, Object>> objects) {
    Map<String, Map<String, Object>> topics = new LinkedHashMap<>();
    for (Map<String, Object> topic : resources(objects, "KafkaTopic")) {
      Object name = nested(topic, "spec", "topicName");
      topics.put((String) (name != null ? name : nested(topic, "metadata", "name")), topic);
    }
    return topics;
  }

  /** Every topic name constant of {@link GongkaiTopics}, so that a new topic needs a manifest. */
  private static Set<String> topicNamesDeclaredByTheApplication() throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field field : GongkaiTopics.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        names.add((String) field.get(null));
      }
    }
    return names;
  }

  /** gongkai.kafka.topics.partitions of application.yml. */
  private static int applicationPartitions() throws IOException {
    return (Integer) nested(yaml(APPLICATION_YML), "gongkai", "kafka", "topics", "partitions");
  }

  /**
   * A retention the application gives its topics: from application.yml, or else the default of its
   * topic settings (the record component at {@code index}, filled in when null).
   */
  private static Duration applicationRetention(String key, int index) throws Exception {
    Object configured = nested(yaml(APPLICATION_YML), "gongkai", "kafka", "topics", key);
    if (configured != null) {
      return Duration.parse(String.valueOf(configured));
    }
    Constructor<?> constructor =
        Class.forName("org.gongkai.platform.kafka.KafkaTopicsProperties")
            .getDeclaredConstructor(int.class, short.class, Duration.class, Duration.class);
    constructor.setAccessible(true);
    Object defaults = constructor.newInstance(0, (short) 0, null, null);
    Method accessor = defaults.getClass().getRecordComponents()[index].getAccessor();
    accessor.setAccessible(true);
    return (Duration) accessor.invoke(defaults);
  }

  private static long retentionMillis(Map<String, Object> topic) {
    return ((Number) nested(topic, "spec", "config", "retention.ms")).longValue();
  }

  /** The host, port and database of a jdbc:mysql:// URL. */
  record JdbcUrl(String host, int port, String database) {
    static JdbcUrl parse(String url) {
      Matcher matcher =
          Pattern.compile("jdbc:mysql://([^:/?]+)(?::(\\d+))?/([^?]+)(\\?.*)?").matcher(url);
      assertThat(matcher.matches()).as(url).isTrue();
      return new JdbcUrl(
          matcher.group(1),
          matcher.group(2) == null ? 3306 : Integer.parseInt(matcher.group(2)),
          matcher.group(3));
    }
  }

  /** The options of one [section] of a my.cnf file, values unquoted only of surrounding blanks. */
  private static Map<String, String> iniSection(String ini, String section) {
    Map<String, String> options = new LinkedHashMap<>();
    String current = null;
    for (String raw : ini.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        current = line.substring(1, line.indexOf(']'));
        continue;
      }
      if (section.equals(current)) {
        int equals = line.indexOf('=');
        options.put(
            (equals < 0 ? line : line.substring(0, equals)).strip(),
            equals < 0 ? "" : line.substring(equals + 1).strip());
      }
    }
    return options;
  }

  // ---- the application's properties ----------------------------------------------------------

  /**
   * Whether the application reads an environment variable: by its name in a main source or as a
   * placeholder of application.yml, or through relaxed binding of a property it declares.
   */
  private static boolean readByTheApplication(String variable) throws Exception {
    if (JVM_VARIABLES.contains(variable)
        || !mainSourcesMentioning("\"" + variable + "\"").isEmpty()
        || Files.readString(APPLICATION_YML).contains("${" + variable)) {
      return true;
    }
    Set<String> declared = propertiesTheApplicationDeclares();
    for (String property : declared) {
      if (environmentNames(property).contains(variable)) {
        return true;
      }
    }
    return false;
  }

  /** The environment variables Spring Boot binds to a property: dashes dropped, or as _. */
  private static Set<String> environmentNames(String property) {
    String upper = property.toUpperCase(Locale.ROOT).replace('.', '_');
    return new TreeSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
  }

  /**
   * Properties the application knows: those of Spring Boot and the libraries (their configuration
   * metadata on the class path), the keys of application.yml, the prefixes and components of
   * Gongkai's configuration property records and the placeholders of its sources.
   */
  private static Set<String> propertiesTheApplicationDeclares() throws Exception {
    Set<String> properties = new TreeSet<>();
    Pattern name = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    for (URL metadata :
        Collections.list(
            DeploymentManifestsTests.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (var in = metadata.openStream()) {
        Matcher matcher = name.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (matcher.find()) {
          properties.add(matcher.group(1));
        }
      }
    }
    flatten("", yaml(APPLICATION_YML), properties);
    Pattern prefix =
        Pattern.compile(
            "@ConfigurationProperties\\(\"([^\"]+)\"\\)\\s*(?:public\\s+)?record\\s+\\w+\\s*\\(([^)]*)\\)");
    Pattern placeholder =
        Pattern.compile("\\$\\{([a-z][a-z0-9.-]+)[:}]|getProperty\\(\\s*\"([a-z][a-z0-9.-]+)\"");
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher records = prefix.matcher(source);
        while (records.find()) {
          for (String component : records.group(2).split(",")) {
            String[] parts = component.strip().split("\\s+");
            if (parts.length >= 2) {
              properties.add(records.group(1) + "." + kebab(parts[parts.length - 1]));
            }
          }
        }
        Matcher placeholders = placeholder.matcher(source);
        while (placeholders.find()) {
          properties.add(
              placeholders.group(1) != null ? placeholders.group(1) : placeholders.group(2));
        }
      }
    }
    return properties;
  }

  private static void flatten(String prefix, Map<String, Object> node, Set<String> into) {
    node.forEach(
        (key, value) -> {
          String path = prefix.isEmpty() ? key : prefix + "." + key;
          into.add(path);
          if (value instanceof Map<?, ?> child) {
            flatten(path, map(child), into);
          }
        });
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** Types in the declared fields, methods and constructors' signatures of a class. */
  private static Set<String> brokerTypesInSignatures(Class<?> type) {
    List<Type> types = new ArrayList<>();
    types.add(type.getGenericSuperclass());
    types.addAll(Arrays.asList(type.getGenericInterfaces()));
    for (Field field : type.getDeclaredFields()) {
      types.add(field.getGenericType());
    }
    List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
    executables.addAll(Arrays.asList(type.getDeclaredConstructors()));
    for (Executable executable : executables) {
      types.addAll(Arrays.asList(executable.getGenericParameterTypes()));
      types.addAll(Arrays.asList(executable.getGenericExceptionTypes()));
      if (executable instanceof Method method) {
        types.add(method.getGenericReturnType());
      }
    }
    return types.stream()
        .filter(java.util.Objects::nonNull)
        .map(Type::getTypeName)
        .filter(name -> BROKER_PACKAGES.stream().anyMatch(name::contains))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  // ---- kustomize, where installed ------------------------------------------------------------

  private static List<String> kustomizeCommand() {
    for (String candidate : List.of("kustomize", "kubectl")) {
      for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, candidate))) {
          return candidate.equals("kustomize")
              ? List.of(candidate, "build")
              : List.of(candidate, "kustomize");
        }
      }
    }
    return null;
  }

  private static List<Map<String, Object>> runKustomize(List<String> command, Path directory)
      throws Exception {
    List<String> arguments = new ArrayList<>(command);
    arguments.add(directory.toString());
    Process process = new ProcessBuilder(arguments).redirectErrorStream(false).start();
    byte[] output = process.getInputStream().readAllBytes();
    byte[] errors = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as("%s: %s", arguments, new String(errors, StandardCharsets.UTF_8))
        .isZero();
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Object document : YAML.loadAll(new String(output, StandardCharsets.UTF_8))) {
      if (document != null) {
        objects.add(map(document));
      }
    }
    return objects;
  }

  private static <T> Set<T> union(Set<T> first, Set<T> second) {
    Set<T> union = new TreeSet<>(first);
    union.addAll(second);
    return union;
  }

  // ---- Compose -------------------------------------------------------------------------------

  private static Map<String, Object> composeService(String name) throws IOException {
    Object service = nested(yaml(COMPOSE), "services", name);
    assertThat(service).as("compose service %s", name).isNotNull();
    return map(service);
  }

  private static Map<String, String> composeAppEnvironment() throws IOException {
    return environment(composeService("app").get("environment"));
  }

  /** A Compose environment, written as a mapping or as a list of NAME=value. */
  private static Map<String, String> environment(Object environment) {
    if (environment instanceof Map<?, ?>) {
      return stringValues(map(environment));
    }
    Map<String, String> variables = new LinkedHashMap<>();
    for (String entry : strings(environment)) {
      int equals = entry.indexOf('=');
      variables.put(
          equals < 0 ? entry : entry.substring(0, equals),
          equals < 0 ? null : entry.substring(equals + 1));
    }
    return variables;
  }

  // ---- Dockerfile ----------------------------------------------------------------------------

  /** Instructions with continuation lines joined, comments and blank lines left out. */
  private static List<String> dockerfileInstructions() throws IOException {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : Files.readAllLines(DOCKERFILE)) {
      String line = raw.strip();
      if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      current.append(line);
      instructions.add(current.toString().replaceAll("\\s+", " ").strip());
      current.setLength(0);
    }
    return instructions;
  }

  private static List<String> finalStage(List<String> instructions) {
    int lastFrom = 0;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).startsWith("FROM ")) {
        lastFrom = i;
      }
    }
    return instructions.subList(lastFrom, instructions.size());
  }

  /** The user (without group) of the stage's last USER instruction; root when there is none. */
  private static String dockerfileUser(List<String> stage) {
    String user = "root";
    for (String instruction : stage) {
      if (instruction.startsWith("USER ")) {
        user = instruction.substring("USER ".length()).strip();
      }
    }
    return user.split(":")[0];
  }

  private static String copiedLayer(String copy) {
    Matcher layer = Pattern.compile("/extracted/([a-z-]+)/").matcher(copy);
    return layer.find() ? layer.group(1) : copy;
  }

  // ---- pom.xml -------------------------------------------------------------------------------

  private static String pomArtifactId() throws Exception {
    return projectElement("artifactId");
  }

  private static String pomVersion() throws Exception {
    return projectElement("version");
  }

  private static String pomJavaVersion() throws Exception {
    Element properties = child(pom().getDocumentElement(), "properties");
    return child(properties, "java.version").getTextContent().strip();
  }

  /** The profile of pom.xml with this id. */
  private static Element pomProfile(String id) throws Exception {
    Element profiles = child(pom().getDocumentElement(), "profiles");
    for (Node node = profiles.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element profile
          && id.equals(child(profile, "id").getTextContent().strip())) {
        return profile;
      }
    }
    throw new AssertionError("pom.xml has no profile " + id);
  }

  private static String projectElement(String name) throws Exception {
    return child(pom().getDocumentElement(), name).getTextContent().strip();
  }

  private static Document pom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(POM.toFile());
  }

  /** A direct child element, so that the parent's artifactId and version are not taken. */
  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && name.equals(
              element.getLocalName() != null ? element.getLocalName() : element.getTagName())) {
        return element;
      }
    }
    throw new AssertionError("pom.xml has no <" + name + "> under <" + parent.getTagName() + ">");
  }

  // ---- sources -------------------------------------------------------------------------------

  private static List<Path> mainSourcesMentioning(String text) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      List<Path> found = new ArrayList<>();
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        if (Files.readString(file).contains(text)) {
          found.add(file);
        }
      }
      return found;
    }
  }

  // ---- YAML ----------------------------------------------------------------------------------

  private static List<Object> loadAll(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      List<Object> documents = new ArrayList<>();
      YAML.loadAll(reader).forEach(documents::add);
      return documents;
    }
  }

  private static Map<String, Object> yaml(Path file) throws IOException {
    List<Object> documents = loadAll(file);
    assertThat(documents).as("documents in %s", file).hasSize(1);
    return map(documents.get(0));
  }

  private static Object nested(Object node, String... keys) {
    return Kustomize.nested(node, keys);
  }

  private static String string(Object node, String... keys) {
    Object value = nested(node, keys);
    assertThat(value).as(String.join(".", keys)).isInstanceOf(String.class);
    return (String) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<Object>) node;
  }

  private static List<String> strings(Object node) {
    return list(node).stream().map(String::valueOf).toList();
  }

  private static Object single(List<Object> nodes) {
    assertThat(nodes).hasSize(1);
    return nodes.get(0);
  }

  private static Map<String, String> stringValues(Map<String, Object> mapping) {
    Map<String, String> values = new LinkedHashMap<>();
    mapping.forEach((key, value) -> values.put(key, value == null ? null : String.valueOf(value)));
    return values;
  }
}
