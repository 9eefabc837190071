/** The Camunda adapter of the supervision module: the supervised item's process. */
@NullMarked
package org.gongkai.supervision.process;

import org.jspecify.annotations.NullMarked;
