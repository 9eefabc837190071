/**
 * The benchmark harness ({@code bench/run}, or {@code ./mvnw -Pbench verify}): measures Gongkai
 * from outside, as a client sees it, beside a baseline measured in the same run.
 */
@NullMarked
package org.gongkai.bench;

import org.jspecify.annotations.NullMarked;
