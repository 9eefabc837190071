package org.gongkai.complaint;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * When the process warns that the time limit runs out soon and when it marks the complaint overdue;
 * null while there is nothing to watch (replied, or the due date unknown).
 */
public record ComplaintTimers(
    @Nullable OffsetDateTime warnAt, @Nullable OffsetDateTime overdueAt) {}
