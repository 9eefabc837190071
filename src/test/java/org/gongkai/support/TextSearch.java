package org.gongkai.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Finds which of many strings occur in a long text in one pass over it (Aho–Corasick): thousands of
 * stored values against a log of millions of lines would take hours one {@code contains} at a time.
 */
public final class TextSearch {

  private final Node root = new Node();

  public TextSearch(Collection<String> words) {
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      Node node = root;
      for (int i = 0; i < word.length(); i++) {
        node = node.next.computeIfAbsent(word.charAt(i), c -> new Node());
      }
      node.words.add(word);
    }
    Queue<Node> queue = new ArrayDeque<>();
    for (Node child : root.next.values()) {
      child.fail = root;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      Node node = queue.remove();
      for (Map.Entry<Character, Node> edge : node.next.entrySet()) {
        Node child = edge.getValue();
        Node fail = node.fail;
        while (fail != root && !fail.next.containsKey(edge.getKey())) {
          fail = fail.fail;
        }
        Node target = fail.next.get(edge.getKey());
        child.fail = target != null && target != child ? target : root;
        child.words.addAll(child.fail.words);
        queue.add(child);
      }
    }
  }

  /** The words found in the text, in the order first met. */
  public Set<String> foundIn(String text) {
    Set<String> found = new LinkedHashSet<>();
    Node node = root;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      while (node != root && !node.next.containsKey(c)) {
        node = node.fail;
      }
      node = node.next.getOrDefault(c, root);
      found.addAll(node.words);
    }
    return found;
  }

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    final List<String> words = new ArrayList<>(0);
    Node fail;
  }
}
