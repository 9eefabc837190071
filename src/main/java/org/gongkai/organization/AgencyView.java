package org.gongkai.organization;

import org.jspecify.annotations.Nullable;

/** An agency as other modules see it. */
public record AgencyView(String code, String name, AgencyKind kind, @Nullable String parentCode) {}
