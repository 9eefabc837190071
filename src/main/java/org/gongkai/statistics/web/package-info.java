/** The leaders' dashboard page and its chart data, drawn from the statistics read model. */
@NullMarked
package org.gongkai.statistics.web;

import org.jspecify.annotations.NullMarked;
