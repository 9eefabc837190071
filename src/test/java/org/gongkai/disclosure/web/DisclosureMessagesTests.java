package org.gongkai.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.gongkai.platform.web.FormValues;
import org.junit.jupiter.api.Test;

/** The disclosure forms read their values with the disclosure pages' own messages. */
class DisclosureMessagesTests {

  @Test
  void everyMessageOfTheDisclosurePagesIsInTheBundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/messages_zh_CN.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    FormValues.Messages codes = DisclosurePages.MESSAGES;
    assertThat(
            Stream.of(
                codes.required(),
                codes.tooLong(),
                codes.date(),
                codes.moment(),
                codes.choice(),
                codes.number(),
                codes.range(),
                codes.refused()))
        .allMatch(bundle::containsKey);
    assertThat(codes.moment()).isEqualTo("disclosure.page.error.moment");
    assertThat(codes.refused()).isEqualTo("disclosure.page.error.problem");
  }
}
