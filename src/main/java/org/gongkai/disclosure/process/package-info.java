/**
 * Camunda adapter of disclosure requests: BPMN ids, the flow port's implementation, thin delegates.
 */
@NullMarked
package org.gongkai.disclosure.process;

import org.jspecify.annotations.NullMarked;
