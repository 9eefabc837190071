package org.gongkai.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.platform.NodeRole;
import org.gongkai.platform.RoleReadiness;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * A projector node is ready when its statistics consumers run. How many partitions they hold is
 * shown but does not count: with more projector consumers than partitions some rightly hold none,
 * and during a rebalance all hold none for a moment.
 */
@Component
class StatisticsConsumersReadiness implements RoleReadiness {

  private final KafkaListenerEndpointRegistry listeners;

  StatisticsConsumersReadiness(KafkaListenerEndpointRegistry listeners) {
    this.listeners = listeners;
  }

  @Override
  public NodeRole role() {
    return NodeRole.PROJECTOR;
  }

  @Override
  public String name() {
    return "statisticsConsumers";
  }

  @Override
  public State state() {
    MessageListenerContainer container = listeners.getListenerContainer(StatisticsListener.GROUP);
    boolean running = container != null && container.isRunning();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("group", StatisticsListener.GROUP);
    detail.put("state", running ? "running" : "stopped");
    if (running) {
      var assigned = container.getAssignedPartitions();
      detail.put("assignedPartitions", assigned == null ? 0 : assigned.size());
    }
    return new State(running, detail);
  }
}
