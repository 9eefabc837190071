package org.gongkai.platform;

import org.gongkai.platform.NodeRoles.InvalidNodeRolesException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says, instead of a stack trace, which roles a node can have when it was given another. */
class InvalidNodeRolesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidNodeRolesException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidNodeRolesException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Set "
            + NodeRoles.PROPERTY
            + " (environment variable GONGKAI_NODE_ROLES) to web, jobs, projector, a combination"
            + " such as web,jobs, or all; leave it unset for all roles.",
        cause);
  }
}
