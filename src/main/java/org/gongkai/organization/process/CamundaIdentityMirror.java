package org.gongkai.organization.process;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.IdentityMirror;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Mirrors staff into Camunda's identity service: one Camunda user per staff member, one group per
 * role and per unit, and {@code ADMIN}s in {@code camunda-admin}, so Cockpit and Tasklist accept
 * the same accounts. Every staff member may open Tasklist; administrators may do everything.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CamundaIdentityMirror implements IdentityMirror, ApplicationRunner {

  private static final String ROLE_GROUP_TYPE = "ROLE";
  private static final String UNIT_GROUP_TYPE = "UNIT";
  private static final String TASKLIST = "tasklist";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  CamundaIdentityMirror(
      IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda 管理员", Groups.GROUP_TYPE_SYSTEM);
    for (Resource resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    for (Role role : Role.values()) {
      ensureGroup(role.name(), role.label(), ROLE_GROUP_TYPE);
      grant(role.name(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    }
  }

  @Override
  public void staffSaved(StaffMember staff, String rawPassword) {
    User user = identityService.createUserQuery().userId(staff.username()).singleResult();
    if (user == null) {
      user = identityService.newUser(staff.username());
    }
    user.setFirstName(staff.displayName());
    user.setLastName("");
    user.setPassword(rawPassword);
    identityService.saveUser(user);
    for (Role role : staff.roles()) {
      ensureGroup(role.name(), role.label(), ROLE_GROUP_TYPE);
      ensureMember(staff.username(), role.name());
      if (role == Role.ADMIN) {
        ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda 管理员", Groups.GROUP_TYPE_SYSTEM);
        ensureMember(staff.username(), Groups.CAMUNDA_ADMIN);
      }
    }
    for (String unit : staff.unitCodes()) {
      ensureGroup(unit, unit, UNIT_GROUP_TYPE);
      ensureMember(staff.username(), unit);
    }
  }

  @Override
  public void unitSaved(AgencyView unit) {
    Group group = identityService.createGroupQuery().groupId(unit.code()).singleResult();
    if (group == null) {
      group = identityService.newGroup(unit.code());
    }
    group.setName(unit.name());
    group.setType(UNIT_GROUP_TYPE);
    identityService.saveGroup(group);
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void ensureMember(String userId, String groupId) {
    if (identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    boolean granted =
        authorizationService
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .count()
            > 0;
    if (!granted) {
      Authorization authorization =
          authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
