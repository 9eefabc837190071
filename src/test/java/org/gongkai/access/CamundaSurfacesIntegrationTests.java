package org.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.support.CamundaWebAppsRuntime;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.PhoneComplaints;
import org.gongkai.support.RealInfrastructure;
import org.gongkai.support.StaffClient;
import org.gongkai.support.StaffClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff work cases through Gongkai alone: they have no account in the engine's web apps, a user
 * task completed by anything but its case's command is refused by the engine, administrators see
 * Cockpit and Tasklist read-mostly, and no model can be deployed over HTTP.
 */
@IntegrationTest
class CamundaSurfacesIntegrationTests {

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired Clock clock;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;

  @BeforeEach
  void webAppsRuntimeOfThisContext() {
    CamundaWebAppsRuntime.of(processEngine);
  }

  @Test
  void aTaskCompletedAroundTheCaseCommandIsRefusedAndTheCaseGoesOnAsBefore() {
    String id = complaint();
    Task dispatch = task(id);

    assertThatThrownBy(
            () -> taskService.complete(dispatch.getId(), Map.of("unitCode", "demo-housing")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("只能在 Gongkai 的案件页面或接口中完成");

    assertThat(task(id).getTaskDefinitionKey()).isEqualTo("Task_Dispatch");
    Response dispatched =
        api("frontdesk")
            .post("/api/complaints/" + id + "/dispatch", Map.of("unitCode", "demo-housing"));
    assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
    assertThat(dispatched.json().path("status").asText()).isEqualTo("DISPATCHED");
    assertThat(task(id).getTaskDefinitionKey()).isEqualTo("Task_Accept");
  }

  @Test
  void staffOtherThanAdministratorsHaveNoEngineAccountAndCannotLogInToTasklist() throws Exception {
    for (String username : new String[] {"frontdesk", "handler", "reviewer", "leader", "author"}) {
      assertThat(identityService.createUserQuery().userId(username).count()).as(username).isZero();
      HttpResponse<String> login = new CamundaWebapps().logIn(username, "tasklist");
      assertThat(login.statusCode()).as(username + ": " + login.body()).isEqualTo(401);
    }
    // the web apps want a member of camunda-admin, or they send every page to their setup: its one
    // member has a random password nobody knows
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting(org.camunda.bpm.engine.identity.User::getId)
        .containsExactly("gongkai-no-login");
    HttpResponse<String> placeholder = new CamundaWebapps().logIn("gongkai-no-login", "cockpit");
    assertThat(placeholder.statusCode()).isEqualTo(401);
  }

  @Test
  void anAdministratorReadsTasksInTheWebAppsButCannotCompleteOrDeploy() throws Exception {
    String id = complaint();
    Task dispatch = task(id);
    CamundaWebapps webapps = new CamundaWebapps();
    HttpResponse<String> login = webapps.logIn("admin", "tasklist");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> read =
        webapps.get("/camunda/api/engine/engine/default/task/" + dispatch.getId());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains(dispatch.getId());

    HttpResponse<String> completed =
        webapps.post(
            "/camunda/api/engine/engine/default/task/" + dispatch.getId() + "/complete", "{}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(403);
    assertThat(task(id).getId()).isEqualTo(dispatch.getId());

    long deployments = repositoryService.createDeploymentQuery().count();
    HttpResponse<String> deployed =
        webapps.post("/camunda/api/engine/engine/default/deployment/create", "{}");
    assertThat(deployed.statusCode()).isEqualTo(403);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void theEngineRestApiIsNotServed() {
    Response engine = api("admin").get("/engine-rest/engine");
    assertThat(engine.status()).isEqualTo(404);
    assertThat(engine.body()).doesNotContain("\"name\":\"default\"");
    // a problem, not a redirect to the login page that a client following it reads as 200
    Response deployment = api("admin").get("/engine-rest/deployment");
    assertThat(deployment.status()).isEqualTo(404);
    assertThat(deployment.json().path("detail").asText()).contains("/engine-rest/deployment");
    assertThat(api("frontdesk").get("/engine-rest/deployment").status()).isEqualTo(404);
  }

  @Test
  void theFirstAdministratorSetupOfTheWebAppsIsClosed() throws Exception {
    CamundaWebapps anonymous = new CamundaWebapps();
    HttpResponse<String> setup =
        anonymous.post(
            "/camunda/api/admin/setup/default/user/create",
            "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},"
                + "\"credentials\":{\"password\":\"intruder-123\"}}");
    assertThat(setup.statusCode()).as(setup.body()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  private String complaint() {
    return PhoneComplaints.register(port, clock, "小区路灯不亮，请求维修", "周八", "13900008888");
  }

  private Task task(String complaintId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(complaintId).singleResult();
  }

  private StaffClient api(String username) {
    return StaffClient.as(port, username);
  }

  /** A browser of Camunda's web apps: its session cookie and its CSRF token header. */
  private final class CamundaWebapps {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    HttpResponse<String> logIn(String username, String app) throws Exception {
      get("/camunda/app/" + app + "/default/");
      String form =
          "username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(RealInfrastructure.PASSWORD, StandardCharsets.UTF_8);
      return send(
          request("/camunda/api/admin/auth/user/default/login/" + app)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
      return send(
          request(path)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
      cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equalsIgnoreCase("XSRF-TOKEN"))
          .map(HttpCookie::getValue)
          .findFirst()
          .ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
      return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
        throws IOException, InterruptedException {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
