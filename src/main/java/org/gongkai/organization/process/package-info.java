/**
 * Camunda adapter of the organisation: mirrors staff, roles and units into the engine's identity
 * service.
 */
@NullMarked
package org.gongkai.organization.process;

import org.jspecify.annotations.NullMarked;
