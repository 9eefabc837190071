package org.gongkai.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the embedded default's single-node broker listens and keeps its log. */
@ConfigurationProperties("gongkai.kafka.embedded")
record InProcessKafkaBrokerProperties(
    boolean enabled, int port, int controllerPort, String logDir) {}
