package org.gongkai.platform;

import java.util.Map;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Decides {@link ConditionalOnNodeRole} from {@value NodeRoles#PROPERTY}. */
class OnNodeRoleCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes =
        Objects.requireNonNull(
            metadata.getAnnotationAttributes(ConditionalOnNodeRole.class.getName()));
    NodeRole role = (NodeRole) attributes.get("value");
    boolean mustRun = (Boolean) attributes.get("runs");
    NodeRoles roles = NodeRoles.of(context.getEnvironment());
    String message =
        "node roles " + roles + (roles.runs(role) ? " include " : " lack ") + role.key();
    return roles.runs(role) == mustRun
        ? ConditionOutcome.match(message)
        : ConditionOutcome.noMatch(message);
  }
}
