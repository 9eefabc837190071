package org.gongkai.platform;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filter every case list offers — agency, status, overdue — limited to the agencies the reader
 * may see. Case entities name these attributes {@code agencyCode}, {@code status} and {@code
 * overdue}.
 */
public final class CaseListFilter {

  private CaseListFilter() {}

  /**
   * @param visibleAgencies the agencies the reader may see; null when every agency
   */
  public static <T> Specification<T> of(
      @Nullable String agencyCode,
      @Nullable Set<String> visibleAgencies,
      @Nullable Object status,
      @Nullable Boolean overdue) {
    return (root, criteria, builder) -> {
      List<Predicate> where = new ArrayList<>();
      if (agencyCode != null) {
        where.add(builder.equal(root.get("agencyCode"), agencyCode));
      } else if (visibleAgencies != null) {
        where.add(root.get("agencyCode").in(visibleAgencies));
      }
      if (status != null) {
        where.add(builder.equal(root.get("status"), status));
      }
      if (overdue != null) {
        where.add(builder.equal(root.get("overdue"), overdue));
      }
      return builder.and(where.toArray(Predicate[]::new));
    };
  }
}
