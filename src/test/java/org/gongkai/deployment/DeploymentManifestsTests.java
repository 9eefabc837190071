package org.gongkai.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.platform.GongkaiTopics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the deployment files under {@code docker/} and {@code k8s/} against each other and against
 * the application they deploy, without a container engine or a cluster. Paths are relative to the
 * project root, Maven's working directory for tests.
 */
class DeploymentManifestsTests {

  private static final Path COMPOSE = Path.of("docker", "compose.yaml");
  private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
  private static final Path DOCKERIGNORE = Path.of("docker", "Dockerfile.dockerignore");
  private static final Path K8S = Path.of("k8s");
  private static final Path KUSTOMIZATION = K8S.resolve("kustomization.yaml");
  private static final Path APPLICATION_YML =
      Path.of("src", "main", "resources", "application.yml");
  private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
  private static final Path POM = Path.of("pom.xml");

  /** Spring Boot's default; application.yml sets no server.port. */
  private static final int APPLICATION_PORT = 8080;

  /**
   * Every environment variable the application reads: the datasource and Kafka topic settings
   * (relaxed binding), the Kafka placeholder in application.yml, the first administrator's
   * password, and the JVM's own.
   */
  private static final Set<String> VARIABLES_THE_APPLICATION_READS =
      Set.of(
          "SPRING_DATASOURCE_URL",
          "SPRING_DATASOURCE_USERNAME",
          "SPRING_DATASOURCE_PASSWORD",
          "KAFKA_BOOTSTRAP_SERVERS",
          "GONGKAI_ADMIN_PASSWORD",
          "GONGKAI_METRICS_PASSWORD",
          "GONGKAI_KAFKA_TOPICS_PARTITIONS",
          "GONGKAI_KAFKA_TOPICS_REPLICATION_FACTOR",
          "GONGKAI_SECURE_COOKIES",
          "TZ",
          "JAVA_TOOL_OPTIONS");

  /** Without these the application falls back to H2 and an in-process broker. */
  private static final Set<String> ESSENTIAL_VARIABLES =
      Set.of("SPRING_DATASOURCE_URL", "KAFKA_BOOTSTRAP_SERVERS");

  private static final Yaml YAML = new Yaml(new SafeConstructor(new LoaderOptions()));

  @Test
  void everyManifestParsesAsYaml() throws IOException {
    List<Path> files = new ArrayList<>(k8sManifestFiles());
    files.add(KUSTOMIZATION);
    files.add(COMPOSE);
    for (Path file : files) {
      List<Object> documents = loadAll(file);
      assertThat(documents).as("%s has documents", file).isNotEmpty();
      assertThat(documents)
          .as("every document of %s is a mapping", file)
          .allMatch(Map.class::isInstance);
    }
    for (Map<String, Object> resource : k8sResources()) {
      assertThat(resource)
          .as("a Kubernetes resource")
          .containsKeys("apiVersion", "kind", "metadata");
      assertThat(string(resource, "metadata", "name")).isNotBlank();
    }
  }

  @Test
  void kustomizationListsExactlyTheOtherManifests() throws IOException {
    Set<String> listed = new TreeSet<>(strings(yaml(KUSTOMIZATION).get("resources")));
    Set<String> present =
        k8sManifestFiles().stream()
            .map(file -> file.getFileName().toString())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(listed)
        .containsExactlyInAnyOrderElementsOf(present)
        .contains(
            "namespace.yaml",
            "configmap.yaml",
            "secret.example.yaml",
            "deployment.yaml",
            "service.yaml",
            "kafka-topics.yaml",
            "pdb.yaml");
  }

  @Test
  void theServiceSendsPort80ToTheApplicationsPort() throws IOException {
    assertThat(nested(yaml(APPLICATION_YML), "server", "port"))
        .as("server.port in application.yml")
        .isIn(null, APPLICATION_PORT);
    Map<String, Object> container = container();
    Map<String, Object> service = resource("Service");

    assertThat(list(container.get("ports")))
        .extracting(port -> map(port).get("containerPort"))
        .containsExactly(APPLICATION_PORT);
    Map<String, Object> servicePort = map(single(list(nested(service, "spec", "ports"))));
    assertThat(servicePort.get("port")).isEqualTo(80);
    assertThat(containerPort(servicePort.get("targetPort"))).isEqualTo(APPLICATION_PORT);
    assertThat(nested(service, "spec", "type")).isEqualTo("ClusterIP");
  }

  @Test
  void theServiceAndTheDisruptionBudgetSelectTheApplicationsPods() throws IOException {
    Map<String, Object> deployment = resource("Deployment");
    Map<String, Object> podLabels =
        map(nested(deployment, "spec", "template", "metadata", "labels"));
    Map<String, Object> deploymentSelector =
        map(nested(deployment, "spec", "selector", "matchLabels"));
    Map<String, Object> serviceSelector = map(nested(resource("Service"), "spec", "selector"));
    Map<String, Object> pdb = resource("PodDisruptionBudget");

    assertThat(podLabels).containsAllEntriesOf(deploymentSelector);
    assertThat(serviceSelector).isNotEmpty();
    assertThat(podLabels).containsAllEntriesOf(serviceSelector);
    assertThat(map(nested(pdb, "spec", "selector", "matchLabels"))).isEqualTo(deploymentSelector);
    assertThat(nested(deployment, "spec", "replicas")).isEqualTo(2);
    assertThat(nested(pdb, "spec", "minAvailable")).isEqualTo(1);
  }

  @Test
  void probesAskTheActuatorProbeGroupsThatTheApplicationEnables() throws IOException {
    assertThat(
            nested(yaml(APPLICATION_YML), "management", "endpoint", "health", "probes", "enabled"))
        .as("management.endpoint.health.probes.enabled in application.yml")
        .isEqualTo(true);
    Map<String, Object> container = container();
    Map<String, Object> startup = map(container.get("startupProbe"));
    Map<String, Object> liveness = map(container.get("livenessProbe"));
    Map<String, Object> readiness = map(container.get("readinessProbe"));

    assertThat(string(startup, "httpGet", "path")).isEqualTo("/actuator/health/liveness");
    assertThat(string(liveness, "httpGet", "path")).isEqualTo("/actuator/health/liveness");
    assertThat(string(readiness, "httpGet", "path")).isEqualTo("/actuator/health/readiness");
    for (Map<String, Object> probe : List.of(startup, liveness, readiness)) {
      assertThat(containerPort(nested(probe, "httpGet", "port"))).isEqualTo(APPLICATION_PORT);
    }
    int startupSeconds =
        (Integer) startup.get("periodSeconds") * (Integer) startup.get("failureThreshold");
    assertThat(startupSeconds).as("time the startup probe allows, in seconds").isBetween(170, 300);
  }

  @Test
  void everyEnvironmentVariableGivenToTheAppIsOneItReads() throws IOException {
    Set<String> compose = composeAppEnvironment().keySet();
    Set<String> kubernetes = kubernetesEnvironment().keySet();

    assertThat(compose)
        .isSubsetOf(VARIABLES_THE_APPLICATION_READS)
        .containsAll(ESSENTIAL_VARIABLES);
    assertThat(kubernetes)
        .isSubsetOf(VARIABLES_THE_APPLICATION_READS)
        .containsAll(ESSENTIAL_VARIABLES);
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
  }

  @Test
  void theDeploymentTakesItsEnvironmentFromTheConfigMapAndSecretDefinedHere() throws IOException {
    List<Object> sources = list(container().get("envFrom"));
    Set<String> configMaps = new TreeSet<>();
    Set<String> secrets = new TreeSet<>();
    for (Object source : sources) {
      Object configMap = nested(source, "configMapRef", "name");
      Object secret = nested(source, "secretRef", "name");
      if (configMap != null) {
        configMaps.add((String) configMap);
      }
      if (secret != null) {
        secrets.add((String) secret);
      }
    }

    assertThat(configMaps).containsExactly(string(resource("ConfigMap"), "metadata", "name"));
    assertThat(secrets).containsExactly(string(resource("Secret"), "metadata", "name"));
    assertThat(string(resource("Secret"), "metadata", "name")).isEqualTo("gongkai-secrets");
  }

  @Test
  void theDatabaseIsMySqlWithCamundasDriverSettingOnBothTargets() throws IOException {
    for (String url :
        List.of(
            composeAppEnvironment().get("SPRING_DATASOURCE_URL"),
            kubernetesEnvironment().get("SPRING_DATASOURCE_URL"))) {
      assertThat(url).startsWith("jdbc:mysql://").contains("sendFractionalSeconds=false");
    }
    assertThat(composeAppEnvironment().get("SPRING_DATASOURCE_URL"))
        .startsWith("jdbc:mysql://mysql:3306/gongkai?");
  }

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
  void theKafkaTopicsAreTheOnesTheApplicationUses() throws Exception {
    Map<String, Map<String, Object>> topics = kafkaTopics();
    Map<String, String> config = kubernetesConfigMap();

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
          .isEqualTo(6)
          .isEqualTo(Integer.valueOf(config.get("GONGKAI_KAFKA_TOPICS_PARTITIONS")));
      assertThat(nested(topic, "spec", "replicas"))
          .isEqualTo(3)
          .isEqualTo(Integer.valueOf(config.get("GONGKAI_KAFKA_TOPICS_REPLICATION_FACTOR")));
    }
  }

  @Test
  void theKafkaTopicsBelongToTheClusterTheAppConnectsTo() throws IOException {
    String bootstrapServers = kubernetesConfigMap().get("KAFKA_BOOTSTRAP_SERVERS");

    assertThat(bootstrapServers).isEqualTo("gongkai-kafka-bootstrap:9092");
    for (Map<String, Object> topic : kafkaTopics().values()) {
      assertThat(nested(topic, "apiVersion")).isEqualTo("kafka.strimzi.io/v1beta2");
      String cluster = string(topic, "metadata", "labels", "strimzi.io/cluster");
      assertThat(cluster).isEqualTo("gongkai");
      assertThat(bootstrapServers).startsWith(cluster + "-kafka-bootstrap:");
    }
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

  @Test
  void thePodRunsAsTheImagesNonRootUserWithAWritableTmp() throws IOException {
    Map<String, Object> pod = map(nested(resource("Deployment"), "spec", "template", "spec"));
    Map<String, Object> container = container();
    String imageUser = dockerfileUser(finalStage(dockerfileInstructions()));

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
      assertThat(list(pod.get("volumes")))
          .anyMatch(
              volume ->
                  tmpVolume.equals(map(volume).get("name")) && map(volume).containsKey("emptyDir"));
    }
  }

  @Test
  void theHeapIsSizedFromTheContainersMemoryLimit() throws IOException {
    Map<String, Object> resources = map(container().get("resources"));

    assertThat(kubernetesEnvironment().get("JAVA_TOOL_OPTIONS"))
        .contains("-XX:MaxRAMPercentage=75");
    assertThat(string(resources, "limits", "memory")).isNotBlank();
    assertThat(string(resources, "requests", "memory")).isNotBlank();
    assertThat(string(resources, "requests", "cpu")).isNotBlank();
  }

  // ---- Kubernetes ----------------------------------------------------------------------------

  private static List<Path> k8sManifestFiles() throws IOException {
    try (Stream<Path> files = Files.list(K8S)) {
      return files
          .filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
          .filter(file -> !file.getFileName().toString().matches("kustomization\\.ya?ml"))
          .sorted()
          .toList();
    }
  }

  private static List<Map<String, Object>> k8sResources() throws IOException {
    List<Map<String, Object>> resources = new ArrayList<>();
    for (Path file : k8sManifestFiles()) {
      for (Object document : loadAll(file)) {
        resources.add(map(document));
      }
    }
    return resources;
  }

  private static List<Map<String, Object>> resources(String kind) throws IOException {
    return k8sResources().stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
  }

  private static Map<String, Object> resource(String kind) throws IOException {
    List<Map<String, Object>> found = resources(kind);
    assertThat(found).as("resources of kind %s", kind).hasSize(1);
    return found.get(0);
  }

  private static Map<String, Object> container() throws IOException {
    List<Object> containers =
        list(nested(resource("Deployment"), "spec", "template", "spec", "containers"));
    assertThat(containers).as("containers of the deployment").hasSize(1);
    return map(containers.get(0));
  }

  /** The container port a Service or probe port (number or name) leads to. */
  private static int containerPort(Object port) throws IOException {
    if (port instanceof Integer number) {
      return number;
    }
    return list(container().get("ports")).stream()
        .map(DeploymentManifestsTests::map)
        .filter(candidate -> port.equals(candidate.get("name")))
        .map(candidate -> (Integer) candidate.get("containerPort"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container port named " + port));
  }

  private static Map<String, String> kubernetesConfigMap() throws IOException {
    return stringValues(map(resource("ConfigMap").get("data")));
  }

  /** What the application's container sees: envFrom config maps and secrets, then env. */
  private static Map<String, String> kubernetesEnvironment() throws IOException {
    Map<String, String> environment = new LinkedHashMap<>();
    Map<String, Object> container = container();
    for (Object source : list(container.getOrDefault("envFrom", List.of()))) {
      Object configMap = nested(source, "configMapRef", "name");
      Object secret = nested(source, "secretRef", "name");
      String kind = configMap != null ? "ConfigMap" : "Secret";
      Object name = configMap != null ? configMap : secret;
      Map<String, Object> referenced =
          resources(kind).stream()
              .filter(resource -> name.equals(nested(resource, "metadata", "name")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
      for (String key : List.of("data", "stringData")) {
        if (referenced.get(key) != null) {
          environment.putAll(stringValues(map(referenced.get(key))));
        }
      }
    }
    for (Object variable : list(container.getOrDefault("env", List.of()))) {
      environment.put(
          (String) map(variable).get("name"), String.valueOf(map(variable).get("value")));
    }
    return environment;
  }

  private static Map<String, Map<String, Object>> kafkaTopics() throws IOException {
    Map<String, Map<String, Object>> topics = new LinkedHashMap<>();
    for (Map<String, Object> topic : resources("KafkaTopic")) {
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

  /** The value at a path of mapping keys, or null when any of them is missing. */
  private static Object nested(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> mapping)) {
        return null;
      }
      current = mapping.get(key);
    }
    return current;
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
