/**
 * Kafka topics, the in-process single-node broker of the embedded default, and the broker's health.
 */
@NullMarked
package org.gongkai.platform.kafka;

import org.jspecify.annotations.NullMarked;
