package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Test classes come first on the test class path: a test helper with the name of a main class (an
 * object mother called like a repository) would silently replace it in every integration test.
 */
class NoTestClassShadowsAMainClassTests {

  @Test
  void noTestSourceHasThePathOfAMainSource() throws IOException {
    Path main = Path.of("src/main/java");
    Path test = Path.of("src/test/java");
    List<Path> shadowing;
    try (Stream<Path> tests = Files.walk(test)) {
      shadowing =
          tests
              .filter(file -> file.toString().endsWith(".java"))
              .map(test::relativize)
              .filter(relative -> Files.exists(main.resolve(relative)))
              .toList();
    }
    assertThat(shadowing).isEmpty();
  }
}
