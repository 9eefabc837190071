/**
 * Tickets from upstream 110 / 12345 platforms, read from Kafka; unreadable ones to a dead-letter
 * topic.
 */
@NullMarked
package org.gongkai.complaint.inbound;

import org.jspecify.annotations.NullMarked;
