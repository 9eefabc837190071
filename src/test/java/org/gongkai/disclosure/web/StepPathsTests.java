package org.gongkai.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.organization.Role;
import org.junit.jupiter.api.Test;

/**
 * The step pages are mapped per role so that the role is checked before a form is read; the
 * addresses must be exactly the steps of that role.
 */
class StepPathsTests {

  @Test
  void eachRolesAddressesAreExactlyItsSteps() {
    Map<Role, String> paths =
        Map.of(
            Role.HANDLER, DisclosureStepPages.HANDLER_STEPS,
            Role.REVIEWER, DisclosureStepPages.REVIEWER_STEPS,
            Role.FRONT_DESK, DisclosureStepPages.FRONT_DESK_STEPS);

    paths.forEach(
        (role, path) ->
            assertThat(slugs(path))
                .as("pages of %s", role)
                .containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(Step.values())
                        .filter(step -> step.role() == role)
                        .map(Step::slug)
                        .toList()));
  }

  private static List<String> slugs(String path) {
    return List.of(path.replaceAll("^/\\{step:(.*)}$", "$1").split("\\|"));
  }
}
