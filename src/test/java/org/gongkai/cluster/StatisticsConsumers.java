package org.gongkai.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/** The statistics consumer group as the broker sees it: which node's consumers hold what. */
final class StatisticsConsumers {

  private static final String GROUP = "gongkai-statistics";

  private StatisticsConsumers() {}

  /** A member of the group holding partitions, named after its node (clients are named so). */
  record Holder(String clientId, List<TopicPartition> partitions) {

    boolean of(String node) {
      return clientId.startsWith(node);
    }
  }

  /** The members that hold partitions now. */
  static List<Holder> holders(Admin admin) throws Exception {
    List<Holder> holders = new ArrayList<>();
    for (MemberDescription member :
        admin
            .describeConsumerGroups(List.of(GROUP))
            .all()
            .get(10, TimeUnit.SECONDS)
            .get(GROUP)
            .members()) {
      if (!member.assignment().topicPartitions().isEmpty()) {
        holders.add(
            new Holder(member.clientId(), List.copyOf(member.assignment().topicPartitions())));
      }
    }
    return holders;
  }
}
