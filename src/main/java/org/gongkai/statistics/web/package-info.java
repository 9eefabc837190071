/** The pages of the statistics module: the annual report and the cases behind each of its cells. */
@NullMarked
package org.gongkai.statistics.web;

import org.jspecify.annotations.NullMarked;
