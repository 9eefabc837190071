package org.gongkai.deployment;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The part of kustomize that Gongkai's manifests use, so that the tests render the base and the
 * overlays without a kustomize binary: {@code resources} (files, and directories holding a
 * kustomization), {@code namespace}, {@code patches} given by {@code path} (strategic-merge style:
 * the patch names its target by kind and name; mappings merge, a null deletes, a list replaces the
 * one it patches) and {@code images} ({@code newName}, {@code newTag}). Anything else in a
 * kustomization fails the rendering rather than being ignored.
 */
final class Kustomize {

  private static final Set<String> SUPPORTED =
      Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images");

  /** Kinds that live outside namespaces, among those the manifests use. */
  private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

  private Kustomize() {}

  static List<Map<String, Object>> render(Path directory) throws IOException {
    Map<String, Object> kustomization = kustomization(directory);
    Set<String> unsupported = new java.util.TreeSet<>(kustomization.keySet());
    unsupported.removeAll(SUPPORTED);
    if (!unsupported.isEmpty()) {
      throw new IllegalStateException(
          directory + ": kustomization fields this renderer does not know: " + unsupported);
    }
    List<Map<String, Object>> objects = new ArrayList<>();
    for (String resource : strings(kustomization.get("resources"))) {
      Path path = directory.resolve(resource).normalize();
      if (Files.isDirectory(path)) {
        objects.addAll(render(path));
      } else {
        objects.addAll(documents(path));
      }
    }
    requireUnique(directory, objects);
    for (Object patch : list(kustomization.get("patches"))) {
      Object path = ((Map<?, ?>) patch).get("path");
      if (path == null || ((Map<?, ?>) patch).size() != 1) {
        throw new IllegalStateException(directory + ": only patches given by path: " + patch);
      }
      for (Map<String, Object> document : documents(directory.resolve((String) path))) {
        Map<String, Object> target = find(objects, document);
        merge(target, document);
      }
    }
    Object namespace = kustomization.get("namespace");
    if (namespace != null) {
      for (Map<String, Object> object : objects) {
        if (!CLUSTER_SCOPED.contains(object.get("kind"))) {
          metadata(object).put("namespace", namespace);
        }
      }
    }
    for (Object image : list(kustomization.get("images"))) {
      setImage(objects, map(image));
    }
    return objects;
  }

  /** The files a kustomization names: its resources that are files, and its patches. */
  static List<Path> files(Path directory) throws IOException {
    Map<String, Object> kustomization = kustomization(directory);
    List<Path> files = new ArrayList<>();
    for (String resource : strings(kustomization.get("resources"))) {
      Path path = directory.resolve(resource).normalize();
      if (!Files.isDirectory(path)) {
        files.add(path);
      }
    }
    for (Object patch : list(kustomization.get("patches"))) {
      files.add(directory.resolve((String) ((Map<?, ?>) patch).get("path")).normalize());
    }
    return files;
  }

  static Map<String, Object> kustomization(Path directory) throws IOException {
    List<Map<String, Object>> documents = documents(directory.resolve("kustomization.yaml"));
    if (documents.size() != 1) {
      throw new IllegalStateException(directory + ": one kustomization document expected");
    }
    return documents.get(0);
  }

  static List<Map<String, Object>> documents(Path file) throws IOException {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Map<String, Object>> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (Object document : yaml.loadAll(reader)) {
        if (document != null) {
          documents.add(map(document));
        }
      }
    }
    return documents;
  }

  /** kind/namespace/name, as kustomize tells objects apart (the group left aside). */
  static String id(Map<String, Object> object) {
    Map<String, Object> metadata = metadata(object);
    return object.get("kind") + "/" + metadata.get("namespace") + "/" + metadata.get("name");
  }

  private static void requireUnique(Path directory, List<Map<String, Object>> objects) {
    Set<String> seen = new java.util.HashSet<>();
    for (Map<String, Object> object : objects) {
      if (!seen.add(id(object))) {
        throw new IllegalStateException(directory + ": " + id(object) + " twice");
      }
    }
  }

  private static Map<String, Object> find(
      List<Map<String, Object>> objects, Map<String, Object> patch) {
    List<Map<String, Object>> found =
        objects.stream()
            .filter(object -> Objects.equals(object.get("kind"), patch.get("kind")))
            .filter(
                object -> Objects.equals(metadata(object).get("name"), metadata(patch).get("name")))
            .toList();
    if (found.size() != 1) {
      throw new IllegalStateException("the patch " + id(patch) + " matches " + found.size());
    }
    return found.get(0);
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> target, Map<String, Object> patch) {
    for (Map.Entry<String, Object> entry : patch.entrySet()) {
      Object value = entry.getValue();
      Object current = target.get(entry.getKey());
      if (value == null) {
        target.remove(entry.getKey());
      } else if (value instanceof Map<?, ?> patchMap && current instanceof Map<?, ?> currentMap) {
        merge((Map<String, Object>) currentMap, (Map<String, Object>) patchMap);
      } else {
        target.put(entry.getKey(), copy(value));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object copy(Object value) {
    if (value instanceof Map<?, ?> mapping) {
      Map<String, Object> copy = new LinkedHashMap<>();
      mapping.forEach((key, item) -> copy.put((String) key, copy(item)));
      // a null inside a new mapping has nothing to delete
      copy.values().removeIf(Objects::isNull);
      return copy;
    }
    if (value instanceof List<?> items) {
      return new ArrayList<>(items.stream().map(Kustomize::copy).toList());
    }
    return value;
  }

  private static void setImage(List<Map<String, Object>> objects, Map<String, Object> image) {
    String name = (String) image.get("name");
    for (Map<String, Object> object : objects) {
      Object template = nested(object, "spec", "template", "spec");
      if (!(template instanceof Map<?, ?> pod)) {
        continue;
      }
      for (String containers : List.of("containers", "initContainers")) {
        for (Object container : list(pod.get(containers))) {
          Map<String, Object> c = map(container);
          String current = (String) c.get("image");
          int colon = current.lastIndexOf(':');
          boolean tagged = colon > current.lastIndexOf('/');
          String currentName = tagged ? current.substring(0, colon) : current;
          if (!currentName.equals(name)) {
            continue;
          }
          String newName = (String) image.getOrDefault("newName", currentName);
          Object newTag = image.get("newTag");
          String tag =
              newTag != null ? newTag.toString() : tagged ? current.substring(colon + 1) : null;
          c.put("image", tag == null ? newName : newName + ":" + tag);
        }
      }
    }
  }

  /** The value at a path of mapping keys, or null when any of them is missing. */
  static Object nested(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> mapping)) {
        return null;
      }
      current = mapping.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> metadata(Map<String, Object> object) {
    return (Map<String, Object>) object.computeIfAbsent("metadata", key -> new LinkedHashMap<>());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    if (!(node instanceof Map<?, ?>)) {
      throw new IllegalStateException("a mapping expected: " + node);
    }
    return (Map<String, Object>) node;
  }

  private static List<?> list(Object node) {
    return node == null ? List.of() : (List<?>) node;
  }

  private static List<String> strings(Object node) {
    return list(node).stream().map(String::valueOf).toList();
  }
}
