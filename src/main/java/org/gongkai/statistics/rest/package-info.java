/** The HTTP API of the annual report's tables and the complaint figures. */
@NullMarked
package org.gongkai.statistics.rest;

import org.jspecify.annotations.NullMarked;
