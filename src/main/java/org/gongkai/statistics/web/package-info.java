/**
 * The statistics module's pages: the leaders' dashboard and its chart data, the annual report with
 * the cases behind each of its cells, and the rebuild page.
 */
@NullMarked
package org.gongkai.statistics.web;

import org.jspecify.annotations.NullMarked;
