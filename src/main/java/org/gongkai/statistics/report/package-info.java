/** The annual report's tables laid out as the statutory forms draw them, and rendered to files. */
@NullMarked
package org.gongkai.statistics.report;

import org.jspecify.annotations.NullMarked;
