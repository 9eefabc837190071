package org.gongkai.disclosure;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * When the process warns that the reply is due soon and when it marks the request overdue; both
 * stand still while the clock is paused, and are null while the due date is unknown.
 */
public record DeadlineTimers(
    @Nullable OffsetDateTime warnAt, @Nullable OffsetDateTime overdueAt, boolean paused) {}
