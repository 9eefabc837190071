package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class OrganizationAdministrationIntegrationTests {

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDemoCountyHasTwoDepartmentsATownshipAndAHandlerForEachUnit() {
    assertThat(organization.withSubordinates("demo-county"))
        .containsExactlyInAnyOrder("demo-county", "demo-finance", "demo-housing", "demo-chengguan");
    assertThat(organization.staff("handler").orElseThrow().unitCodes())
        .containsExactlyInAnyOrder("demo-county", "demo-finance", "demo-housing", "demo-chengguan");
    assertThat(List.of("frontdesk", "handler", "reviewer", "leader", "admin"))
        .allSatisfy(user -> assertThat(organization.staff(user)).isPresent());
  }

  @Test
  void refusesAnAgencyCodeThatTheProcessEngineUsesForItsOwnGroups() {
    for (String code : List.of("camunda-admin", "gongkai-operations")) {
      Response refused =
          admin()
              .post(
                  "/api/admin/agencies",
                  Map.of("code", code, "name", "冒名机关", "kind", "GOVERNMENT"));

      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().path("detail").asText()).contains("系统保留");
      assertThat(organization.agency(code)).isEmpty();
    }
  }

  @Test
  void registersATownshipUnderTheCountyAndListsItInTheTree() {
    Response created =
        admin()
            .post(
                "/api/admin/agencies",
                Map.of(
                    "code",
                    "demo-xincheng",
                    "name",
                    "示范县新城镇人民政府",
                    "kind",
                    "TOWNSHIP",
                    "parentCode",
                    "demo-county"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).endsWith("/api/admin/agencies/demo-xincheng");
    Response tree = admin().get("/api/admin/agencies");
    assertThat(tree.json().findValuesAsText("code")).contains("demo-county", "demo-xincheng");
    assertThat(organization.withSubordinates("demo-county")).contains("demo-xincheng");
  }

  @Test
  void registersStaffWhoLogInToTheApiButHaveNoAccountInTheEngine() {
    Response created =
        admin()
            .post(
                "/api/admin/staff",
                Map.of(
                    "username", "li.na",
                    "password", "correct-horse-9",
                    "displayName", "李娜",
                    "agencyCode", "demo-county",
                    "departmentCode", "demo-finance",
                    "roles", List.of("HANDLER", "REVIEWER")));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("unitCodes").get(0).asText()).isEqualTo("demo-finance");
    assertThat(
            jdbc.queryForObject(
                "SELECT password_hash FROM staff WHERE username = 'li.na'", String.class))
        .startsWith("{bcrypt}")
        .doesNotContain("correct-horse-9");
    assertThat(identityService.createUserQuery().userId("li.na").count()).isZero();
  }

  @Test
  void mirrorsAdministratorsIntoTheReadMostlyOperatorsGroupAndNobodyIntoCamundaAdmin() {
    assertThat(identityService.checkPassword("admin", RealInfrastructure.PASSWORD)).isTrue();
    assertThat(identityService.createGroupQuery().groupMember("admin").list())
        .extracting(Group::getId)
        .containsExactly("gongkai-operations");
    assertThat(
            identityService
                .createGroupQuery()
                .groupMember("admin")
                .groupId("camunda-admin")
                .count())
        .isZero();
    assertThat(
            identityService
                .createGroupQuery()
                .groupMember("frontdesk")
                .groupId("camunda-admin")
                .count())
        .isZero();
  }

  @Test
  void refusesAUsernameThatIsTakenAndChangesNothing() {
    Response response =
        admin()
            .post(
                "/api/admin/staff",
                Map.of(
                    "username",
                    "handler",
                    "password",
                    "another-password",
                    "displayName",
                    "冒名者",
                    "agencyCode",
                    "demo-county",
                    "roles",
                    List.of("ADMIN")));

    assertThat(response.status()).isEqualTo(409);
    assertThat(organization.staff("handler").orElseThrow().roles()).containsExactly(Role.HANDLER);
  }

  @Test
  void refusesADepartmentOutsideTheStaffMembersAgency() {
    admin()
        .post(
            "/api/admin/agencies",
            Map.of("code", "other-county", "name", "邻县人民政府", "kind", "GOVERNMENT"));

    Response response =
        admin()
            .post(
                "/api/admin/staff",
                Map.of(
                    "username",
                    "wang.wu",
                    "password",
                    "long-enough-1",
                    "displayName",
                    "王五",
                    "agencyCode",
                    "other-county",
                    "departmentCode",
                    "demo-finance",
                    "roles",
                    List.of("HANDLER")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("departmentCode");
    assertThat(organization.staff("wang.wu")).isEmpty();
  }

  @Test
  void listsEveryInvalidFieldOfAStaffRegistrationInChinese() {
    Response response =
        admin()
            .post(
                "/api/admin/staff",
                Map.of(
                    "username",
                    "X",
                    "password",
                    "short",
                    "agencyCode",
                    "demo-county",
                    "roles",
                    List.of()));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("username", "password", "displayName", "roles");
    assertThat(response.json().path("errors").findValuesAsText("message"))
        .allSatisfy(message -> assertThat(message).containsPattern("\\p{IsHan}"));
  }

  @Test
  void refusesAnUnknownRoleNamingTheAllowedOnes() {
    Response response =
        admin()
            .post(
                "/api/admin/staff",
                Map.of(
                    "username",
                    "zhao.liu",
                    "password",
                    "long-enough-1",
                    "displayName",
                    "赵六",
                    "agencyCode",
                    "demo-county",
                    "roles",
                    List.of("JANITOR")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/errors/0/message").asText())
        .contains("JANITOR")
        .contains("FRONT_DESK");
    assertThat(organization.staff("zhao.liu")).isEmpty();
  }

  @Test
  void registersStaffWithAnEmailAddressWhichTheAdministratorMayChangeOrRemove() {
    Response created =
        admin()
            .post(
                "/api/admin/staff",
                Map.of(
                    "username", "sun.qi",
                    "password", "long-enough-2",
                    "displayName", "孙七",
                    "agencyCode", "demo-county",
                    "roles", List.of("LEADER"),
                    "email", " Sun.Qi@Demo-County.GOV.cn "));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("username").asText()).isEqualTo("sun.qi");
    assertThat(created.json().path("email").asText()).isEqualTo("Sun.Qi@demo-county.gov.cn");
    assertThat(organization.emailOf("sun.qi")).hasValue("Sun.Qi@demo-county.gov.cn");

    Response changed =
        admin().put("/api/admin/staff/sun.qi/email", Map.of("email", "sunqi@finance.gov.cn"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("email").asText()).isEqualTo("sunqi@finance.gov.cn");
    assertThat(organization.emailOf("sun.qi")).hasValue("sunqi@finance.gov.cn");

    Response removed = admin().put("/api/admin/staff/sun.qi/email", Map.of("email", " "));
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().path("email").isNull()).isTrue();
    assertThat(organization.emailOf("sun.qi")).isEmpty();
    assertThat(admin().put("/api/admin/staff/no.one/email", Map.of("email", "a@b.cn")).status())
        .isEqualTo(404);
  }

  @Test
  void refusesAMalformedEmailAddressInChineseAndChangesNothing() {
    for (String malformed :
        List.of(
            "zhou.ba",
            "zhou ba@demo.gov.cn",
            "zhou.ba@localhost",
            "周八@demo.gov.cn",
            "zhou.ba@" + "x".repeat(250) + ".cn")) {
      Response refused =
          admin()
              .post(
                  "/api/admin/staff",
                  Map.of(
                      "username", "zhou.ba",
                      "password", "long-enough-3",
                      "displayName", "周八",
                      "agencyCode", "demo-county",
                      "roles", List.of("HANDLER"),
                      "email", malformed));

      assertThat(refused.status()).as(malformed).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("email");
      assertThat(refused.json().at("/errors/0/message").asText()).contains("电子邮箱地址格式不正确");
      assertThat(organization.staff("zhou.ba")).as(malformed).isEmpty();
    }

    Response refusedChange =
        admin().put("/api/admin/staff/handler/email", Map.of("email", "handler@"));
    assertThat(refusedChange.status()).isEqualTo(400);
    assertThat(refusedChange.json().at("/errors/0/field").asText()).isEqualTo("email");
    assertThat(organization.emailOf("handler")).isEmpty();
  }

  @Test
  void leadersReachSubordinateAgenciesAndFrontDeskStaffOnlyTheirOwn() {
    StaffMember leader = organization.staff("leader").orElseThrow();
    StaffMember frontDesk = organization.staff("frontdesk").orElseThrow();

    assertThat(organization.mayActOn(leader, "demo-chengguan")).isTrue();
    assertThat(organization.mayActOn(frontDesk, "demo-county")).isTrue();
    assertThat(organization.mayActOn(frontDesk, "demo-chengguan")).isFalse();
  }

  private StaffClient admin() {
    return StaffClient.as(port, "admin");
  }
}
