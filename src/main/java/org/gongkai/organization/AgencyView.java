package org.gongkai.organization;

import org.jspecify.annotations.Nullable;

/**
 * An agency as other modules see it.
 *
 * @param basicallySatisfiedCounts whether a 基本满意 rating counts as satisfied in the agency's 满意率;
 *     null when the agency follows the system default
 */
public record AgencyView(
    String code,
    String name,
    AgencyKind kind,
    @Nullable String parentCode,
    @Nullable Boolean basicallySatisfiedCounts) {}
