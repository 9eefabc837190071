package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who works a case, and so sees its personal data whole without stating a reason. */
class StaffWorkingACaseTests {

  private static final Instant REGISTERED = Instant.parse("2027-03-01T02:00:00Z");

  private static StaffMember staff(String username, String agency, Role... roles) {
    return new StaffMember(username, username, agency, null, Set.of(roles), Set.of());
  }

  @Test
  void handlersAndReviewersOfTheCasesAgencyWorkIt() {
    Instant later = REGISTERED.plusSeconds(400L * 86_400);
    assertThat(staff("h", "a", Role.HANDLER).worksCase("a", "clerk", REGISTERED, later)).isTrue();
    assertThat(staff("r", "a", Role.REVIEWER).worksCase("a", "clerk", REGISTERED, later)).isTrue();
    assertThat(staff("h", "b", Role.HANDLER).worksCase("a", "clerk", REGISTERED, later)).isFalse();
  }

  @Test
  void theRegisteringClerkWorksItForThirtyDaysOnly() {
    StaffMember clerk = staff("clerk", "a", Role.FRONT_DESK);
    assertThat(clerk.worksCase("a", "clerk", REGISTERED, REGISTERED.plusSeconds(29L * 86_400)))
        .isTrue();
    assertThat(clerk.worksCase("a", "clerk", REGISTERED, REGISTERED.plusSeconds(30L * 86_400)))
        .isFalse();
    assertThat(
            staff("other", "a", Role.FRONT_DESK)
                .worksCase("a", "clerk", REGISTERED, REGISTERED.plusSeconds(60)))
        .isFalse();
    assertThat(clerk.worksCase("a", null, REGISTERED, REGISTERED.plusSeconds(60))).isFalse();
  }

  @Test
  void leadersAuthorsAndAdministratorsReadCasesButDoNotWorkThem() {
    for (Role reader : Set.of(Role.LEADER, Role.REPORT_AUTHOR, Role.ADMIN)) {
      assertThat(staff("x", "a", reader).worksCase("a", "x", REGISTERED, REGISTERED.plusSeconds(1)))
          .as(reader.name())
          .isFalse();
    }
  }

  @Test
  void aPageShowsTheWholeDataWhenAskedByAWorkerOrWithAReason() {
    assertThat(PersonalDataViews.wholeShown(true, true, null)).isTrue();
    assertThat(PersonalDataViews.wholeShown(true, false, "  ")).isFalse();
    assertThat(PersonalDataViews.wholeShown(true, false, "核对地址")).isTrue();
    assertThat(PersonalDataViews.wholeShown(false, true, "核对地址")).isFalse();
  }
}
