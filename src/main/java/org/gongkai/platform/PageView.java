package org.gongkai.platform;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of a list, in the stable shape every list endpoint answers with. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

  /** The last page number a list accepts: page × size stays far within a row offset's range. */
  public static final int MAX_PAGE = 100_000;

  public static <T> PageView<T> of(Page<T> page) {
    return new PageView<>(
        page.getContent(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }
}
