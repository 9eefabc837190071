package org.gongkai.disclosure;

import org.jspecify.annotations.Nullable;

/** Filters of the request list; each may be left out. */
public record DisclosureQuery(
    @Nullable String agencyCode, @Nullable DisclosureStatus status, @Nullable Boolean overdue) {}
