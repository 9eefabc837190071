package org.gongkai.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * A test class that looks back over what the rest of the suite did, and so runs after every other
 * class of its run. The other classes keep their order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RunsLast {

  /** The suite's class orderer ({@code junit-platform.properties}). */
  final class Orderer implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
      // a stable sort: only the classes marked to run last move
      context
          .getClassDescriptors()
          .sort(Comparator.comparing(descriptor -> descriptor.isAnnotated(RunsLast.class)));
    }
  }
}
