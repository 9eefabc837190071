package org.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.platform.NodeRoles.InvalidNodeRolesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class NodeRolesTests {

  @Test
  void readsRoleNamesSeparatedByCommasInAnyCase() {
    NodeRoles roles = NodeRoles.parse(" Web , JOBS,");

    assertThat(roles.roles()).containsExactly(NodeRole.WEB, NodeRole.JOBS);
    assertThat(roles.runs(NodeRole.PROJECTOR)).isFalse();
    assertThat(roles.keys()).containsExactly("web", "jobs");
    assertThat(roles).hasToString("web,jobs");
  }

  @Test
  void keepsTheRolesInTheirOwnOrderWhateverTheOrderGiven() {
    assertThat(NodeRoles.parse("projector,web").keys()).containsExactly("web", "projector");
    assertThat(NodeRoles.parse("jobs,jobs").keys()).containsExactly("jobs");
  }

  @Test
  void allIsEveryRole() {
    assertThat(NodeRoles.parse("ALL").keys()).containsExactly("web", "jobs", "projector");
    assertThat(NodeRoles.parse("all")).isEqualTo(NodeRoles.all());
  }

  @Test
  void aNodeWithoutTheSettingRunsEveryRole() {
    assertThat(NodeRoles.of(new MockEnvironment()).keys())
        .containsExactly("web", "jobs", "projector");
    assertThat(
            NodeRoles.of(new MockEnvironment().withProperty("gongkai.node.roles", "projector"))
                .keys())
        .containsExactly("projector");
  }

  @Test
  void anUnknownRoleIsRefusedWithTheRolesThereAre() {
    assertThatThrownBy(() -> NodeRoles.parse("web,projecter"))
        .isInstanceOf(InvalidNodeRolesException.class)
        .hasMessage(
            "gongkai.node.roles (web,projecter) has the unknown role 'projecter': give one or more"
                + " of web, jobs, projector separated by commas, or all");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ",", " , "})
  void noRoleAtAllIsRefused(String value) {
    assertThatThrownBy(() -> NodeRoles.parse(value))
        .isInstanceOf(InvalidNodeRolesException.class)
        .hasMessageStartingWith("gongkai.node.roles (" + value + ") names no role:");
  }

  @Test
  void aNodeWithoutJobsHasTheJobExecutorAndTheSessionCleanupSwitchedOff() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("gongkai.node.roles", "web,projector")
            .withProperty("camunda.bpm.job-execution.enabled", "true")
            .withProperty("spring.session.jdbc.cleanup-cron", "0 */5 * * * *");

    new NodeRolesEnvironment().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("camunda.bpm.job-execution.enabled")).isEqualTo("false");
    assertThat(environment.getProperty("spring.session.jdbc.cleanup-cron")).isEqualTo("-");
  }

  @Test
  void aJobsNodeKeepsWhatIsConfigured() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("gongkai.node.roles", "jobs")
            .withProperty("spring.session.jdbc.cleanup-cron", "0 */5 * * * *");

    new NodeRolesEnvironment().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getPropertySources().contains(NodeRolesEnvironment.SOURCE)).isFalse();
    assertThat(environment.getProperty("camunda.bpm.job-execution.enabled")).isNull();
    assertThat(environment.getProperty("spring.session.jdbc.cleanup-cron"))
        .isEqualTo("0 */5 * * * *");
  }

  @Test
  void anUnknownRoleStopsTheNodeBeforeAnyBeanWithAnExplanation() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("gongkai.node.roles", "worker");

    assertThatThrownBy(
            () ->
                new NodeRolesEnvironment()
                    .postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(InvalidNodeRolesException.class);

    FailureAnalysis analysis =
        new InvalidNodeRolesFailureAnalyzer()
            .analyze(new IllegalStateException(new InvalidNodeRolesException("worker", "x")));
    assertThat(analysis.getDescription()).startsWith("gongkai.node.roles (worker) x:");
    assertThat(analysis.getAction()).contains("GONGKAI_NODE_ROLES", "web,jobs");
  }
}
