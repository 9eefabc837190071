package org.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from {@code messages_zh_CN.properties}: a template may hold literal
 * text only where Thymeleaf replaces it (an element with {@code th:text}, {@code th:utext}, {@code
 * th:replace} or {@code th:insert}), and every {@code #{key}} it names exists in the bundle.
 * Punctuation and numbers may stand between messages.
 */
class PageTextComesFromTheBundleTests {

  private static final Path TEMPLATES = Paths.get("src/main/resources/templates");

  /** Attributes a user reads; each needs its {@code th:} form. */
  private static final List<String> READABLE_ATTRIBUTES =
      List.of("placeholder", "title", "alt", "aria-label", "value");

  private static final Set<String> REPLACING =
      Set.of("th:text", "th:utext", "th:replace", "th:insert", "sec:authentication");

  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

  @Test
  void templatesHoldNoLiteralTextOutsideMessages() throws IOException {
    List<String> literals = new ArrayList<>();
    for (Path template : templates()) {
      Document page = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
      for (Element element : page.getAllElements()) {
        if (replaced(element)
            || element.tagName().equals("script")
            || element.tagName().equals("style")) {
          continue;
        }
        for (TextNode text : element.textNodes()) {
          if (hasWords(text.text())) {
            literals.add(TEMPLATES.relativize(template) + ": «" + text.text().strip() + "»");
          }
        }
        for (String attribute : READABLE_ATTRIBUTES) {
          if (element.hasAttr(attribute)
              && !element.hasAttr("th:" + attribute)
              && !element.hasAttr("th:attr")
              && !(attribute.equals("value") && !isButton(element))
              && hasWords(element.attr(attribute))) {
            literals.add(
                TEMPLATES.relativize(template)
                    + ": "
                    + attribute
                    + "=«"
                    + element.attr(attribute)
                    + "»");
          }
        }
      }
    }
    assertThat(literals).as("literal page text not taken from the message bundle").isEmpty();
  }

  @Test
  void everyMessageKeyTheTemplatesNameIsInTheBundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/messages_zh_CN.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> missing = new TreeSet<>();
    for (Path template : templates()) {
      Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
      while (keys.find()) {
        if (!bundle.containsKey(keys.group(1))) {
          missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
        }
      }
    }
    assertThat(missing).as("message keys missing from messages_zh_CN.properties").isEmpty();
  }

  @Test
  void theCheckSeesLiteralText() {
    Document page =
        Jsoup.parse("<p th:text=\"#{a}\">替换</p><p>未替换</p><span>：</span>", "", Parser.htmlParser());
    List<String> found = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      if (!replaced(element)) {
        element.textNodes().stream()
            .filter(t -> hasWords(t.text()))
            .forEach(t -> found.add(t.text()));
      }
    }
    assertThat(found).containsExactly("未替换");
  }

  private static boolean replaced(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      for (String attribute : REPLACING) {
        if (e.hasAttr(attribute)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isButton(Element element) {
    String type = element.attr("type");
    return element.tagName().equals("input")
        && (type.equals("submit") || type.equals("button") || type.equals("reset"));
  }

  private static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
