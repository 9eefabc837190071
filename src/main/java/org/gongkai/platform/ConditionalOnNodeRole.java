package org.gongkai.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * A bean or configuration that exists only on nodes that run the role ({@link NodeRoles}), or with
 * {@code runs = false} only on nodes that do not.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnNodeRoleCondition.class)
public @interface ConditionalOnNodeRole {

  NodeRole value();

  /** Whether the node must run the role (the default) or must not. */
  boolean runs() default true;
}
