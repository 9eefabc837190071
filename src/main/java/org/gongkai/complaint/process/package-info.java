/** Camunda adapter of complaints: BPMN and DMN ids, the flow and routing ports, thin delegates. */
@NullMarked
package org.gongkai.complaint.process;

import org.jspecify.annotations.NullMarked;
