package org.gongkai.organization.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.gongkai.organization.IdentityMirror;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mirrors administrators, and only them, into Camunda's identity service, as members of {@value
 * #OPERATIONS}: Cockpit and Tasklist are an operator's view of the engine, read-mostly (reading
 * processes, tasks and history, retrying failed jobs). Staff work cases through Gongkai's pages and
 * API alone, so no other account exists in the engine; nobody who can sign in is a Camunda
 * superuser ({@code camunda-admin}), so nobody can deploy a model through the web apps. The web
 * apps send every page to their first-administrator setup while {@code camunda-admin} has no
 * member: its one member is {@value #NO_LOGIN_SUPERUSER}, whose password is random and never kept,
 * so that operators reach Cockpit's sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CamundaIdentityMirror implements IdentityMirror, ApplicationRunner {

  /** The Camunda group of Gongkai's administrators. */
  static final String OPERATIONS = "gongkai-operations";

  /** The member of {@code camunda-admin} nobody can sign in as (see the class comment). */
  static final String NO_LOGIN_SUPERUSER = "gongkai-no-login";

  private static final String ANY = Authorization.ANY;

  /** What operators may do in the engine: read everything, retry failed jobs; nothing else. */
  private static final Map<Resource, List<Permission>> OPERATOR_GRANTS =
      Map.ofEntries(
          Map.entry(
              Resources.PROCESS_DEFINITION,
              List.of(
                  ProcessDefinitionPermissions.READ,
                  ProcessDefinitionPermissions.READ_INSTANCE,
                  ProcessDefinitionPermissions.READ_HISTORY,
                  ProcessDefinitionPermissions.RETRY_JOB)),
          Map.entry(
              Resources.PROCESS_INSTANCE,
              List.of(ProcessInstancePermissions.READ, ProcessInstancePermissions.RETRY_JOB)),
          Map.entry(Resources.TASK, List.of(TaskPermissions.READ)),
          Map.entry(Resources.DEPLOYMENT, List.of(Permissions.READ)),
          Map.entry(
              Resources.DECISION_DEFINITION, List.of(Permissions.READ, Permissions.READ_HISTORY)),
          Map.entry(Resources.DECISION_REQUIREMENTS_DEFINITION, List.of(Permissions.READ)),
          Map.entry(Resources.BATCH, List.of(Permissions.READ)),
          Map.entry(Resources.FILTER, List.of(Permissions.READ)),
          Map.entry(Resources.USER, List.of(Permissions.READ)),
          Map.entry(Resources.GROUP, List.of(Permissions.READ)));

  private static final List<String> APPLICATIONS = List.of("cockpit", "tasklist");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final JdbcTemplate jdbc;

  CamundaIdentityMirror(
      IdentityService identityService,
      AuthorizationService authorizationService,
      JdbcTemplate jdbc) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.jdbc = jdbc;
  }

  /**
   * Sets up the operators' group and takes back what earlier versions granted: staff of every role
   * in the engine, Tasklist for every role, administrators as Camunda superusers.
   */
  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    // nodes starting together take turns here (the row is V37's), so that only one creates the
    // group and its grants, and the others find them
    jdbc.queryForList(
        "SELECT name FROM scheduled_lock WHERE name = 'first-accounts' FOR UPDATE", String.class);
    ensureGroup(OPERATIONS, "Gongkai 运维（只读）");
    for (String application : APPLICATIONS) {
      grant(Resources.APPLICATION, application, List.of(Permissions.ACCESS));
    }
    OPERATOR_GRANTS.forEach((resource, permissions) -> grant(resource, ANY, permissions));
    for (User admin :
        identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()) {
      if (!admin.getId().equals(NO_LOGIN_SUPERUSER)) {
        ensureMember(admin.getId(), OPERATIONS);
        identityService.deleteMembership(admin.getId(), Groups.CAMUNDA_ADMIN);
      }
    }
    ensureNoLoginSuperuser();
    for (User user : identityService.createUserQuery().list()) {
      if (!isOperator(user.getId()) && !user.getId().equals(NO_LOGIN_SUPERUSER)) {
        identityService.deleteUser(user.getId());
      }
    }
    // only the grants earlier versions gave: the engine itself grants a task's candidate group
    // access to that task while it is open, and another node may be completing those tasks now
    for (Role role : Role.values()) {
      authorizationService.createAuthorizationQuery().groupIdIn(role.name()).list().stream()
          .filter(
              authorization ->
                  authorization.getResourceType() == Resources.APPLICATION.resourceType()
                      || ANY.equals(authorization.getResourceId()))
          .forEach(
              authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }
  }

  @Override
  public void staffSaved(StaffMember staff, String rawPassword) {
    User user = identityService.createUserQuery().userId(staff.username()).singleResult();
    if (!staff.roles().contains(Role.ADMIN)) {
      if (user != null) {
        identityService.deleteUser(user.getId());
      }
      return;
    }
    if (user == null) {
      user = identityService.newUser(staff.username());
    }
    user.setFirstName(staff.displayName());
    user.setLastName("");
    user.setPassword(rawPassword);
    identityService.saveUser(user);
    ensureGroup(OPERATIONS, "Gongkai 运维（只读）");
    ensureMember(staff.username(), OPERATIONS);
  }

  /** The one member of {@code camunda-admin}, with a new random password at every start. */
  private void ensureNoLoginSuperuser() {
    ensureGroup(Groups.CAMUNDA_ADMIN, "camunda BPM Administrators");
    User user = identityService.createUserQuery().userId(NO_LOGIN_SUPERUSER).singleResult();
    if (user == null) {
      user = identityService.newUser(NO_LOGIN_SUPERUSER);
      user.setFirstName("无法登录的占位账号");
      user.setLastName("");
    }
    user.setPassword(randomSecret());
    identityService.saveUser(user);
    ensureMember(NO_LOGIN_SUPERUSER, Groups.CAMUNDA_ADMIN);
  }

  private static String randomSecret() {
    byte[] bytes = new byte[48];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }

  private boolean isOperator(String userId) {
    return isMember(userId, OPERATIONS);
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
  }

  private void ensureMember(String userId, String groupId) {
    if (!isMember(userId, groupId)) {
      identityService.createMembership(userId, groupId);
    }
  }

  private boolean isMember(String userId, String groupId) {
    return identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
  }

  private void grant(Resource resource, String resourceId, List<Permission> permissions) {
    boolean granted =
        authorizationService
                .createAuthorizationQuery()
                .groupIdIn(OPERATIONS)
                .resourceType(resource)
                .resourceId(resourceId)
                .count()
            > 0;
    if (!granted) {
      Authorization authorization =
          authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(OPERATIONS);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      permissions.forEach(authorization::addPermission);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
