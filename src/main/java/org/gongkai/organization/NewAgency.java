package org.gongkai.organization;

import org.jspecify.annotations.Nullable;

/** The command to register an agency under an optional parent. */
public record NewAgency(String code, String name, AgencyKind kind, @Nullable String parentCode) {}
