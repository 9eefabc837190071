package org.gongkai.complaint;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The maintained catalogue of category × area → responsible unit (派单目录). */
public interface ComplaintRouting {

  /** The unit the catalogue names, or empty when it names none for this agency. */
  Optional<String> unitFor(
      String agencyCode, ComplaintCategory category, @Nullable String areaCode);
}
