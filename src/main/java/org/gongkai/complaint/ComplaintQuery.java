package org.gongkai.complaint;

import org.jspecify.annotations.Nullable;

/** Filters of the complaint list; each may be left out. */
public record ComplaintQuery(
    @Nullable String agencyCode, @Nullable ComplaintStatus status, @Nullable Boolean overdue) {}
