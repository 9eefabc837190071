package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTests {

  @Test
  void findsEveryWordThatOccursIncludingWordsInsideOtherWordsAndOverlappingOnes() {
    TextSearch search =
        new TextSearch(List.of("欧阳测漏", "阳测", "13311112222", "1112", "he", "she", "hers", "absent"));

    assertThat(search.foundIn("申请人欧阳测漏，电话13311112222；ushers"))
        .containsExactlyInAnyOrder("欧阳测漏", "阳测", "13311112222", "1112", "he", "she", "hers");
    assertThat(search.foundIn("申请人欧阳某，电话133****2222")).isEmpty();
  }

  @Test
  void aWordThatStartsWhereAPartialMatchFailsIsStillFound() {
    TextSearch search = new TextSearch(List.of("aab", "ab"));

    assertThat(search.foundIn("aaab")).containsExactlyInAnyOrder("aab", "ab");
    assertThat(search.foundIn("aa")).isEmpty();
  }
}
