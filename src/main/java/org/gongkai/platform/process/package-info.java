/**
 * What the case processes share in the engine: finding a case's instance, its tasks, its deadline
 * watch.
 */
@NullMarked
@NamedInterface("process")
package org.gongkai.platform.process;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
