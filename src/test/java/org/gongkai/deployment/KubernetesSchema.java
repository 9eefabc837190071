package org.gongkai.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates Kubernetes objects of the built-in kinds against {@code k8s-schemas/kubernetes.schema
 * .json} (test resources), one definition per kind.
 */
final class KubernetesSchema {

  private static final String SCHEMA = "/k8s-schemas/kubernetes.schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonNode DEFINITIONS = load();
  private static final Map<String, Schema> BY_KIND = new ConcurrentHashMap<>();

  private KubernetesSchema() {}

  /** The kinds this schema describes. */
  static Set<String> kinds() {
    Set<String> kinds = new java.util.TreeSet<>();
    DEFINITIONS
        .get("$defs")
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (Character.isUpperCase(name.charAt(0))) {
                kinds.add(name);
              }
            });
    return kinds;
  }

  /** What is wrong with the object, one line a finding; empty when it is valid. */
  static List<String> problems(Map<String, Object> object) {
    String kind = String.valueOf(object.get("kind"));
    if (!kinds().contains(kind)) {
      return List.of("no schema for kind " + kind);
    }
    Schema schema = BY_KIND.computeIfAbsent(kind, KubernetesSchema::schemaOf);
    return schema.validate(JSON.valueToTree(object)).stream().map(Error::toString).toList();
  }

  private static Schema schemaOf(String kind) {
    ObjectNode root = DEFINITIONS.deepCopy();
    root.put("$ref", "#/$defs/" + kind);
    return REGISTRY.getSchema(root.toString());
  }

  private static JsonNode load() {
    try (InputStream in = KubernetesSchema.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is missing");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
