package org.gongkai.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;

/**
 * Camunda's web apps keep their runtime in static fields — the engines by name, and each app's
 * runtime delegate — which an application context closed earlier in this JVM has cleared (tests run
 * several contexts in one JVM, each with an engine named {@code default}; a deployed application
 * runs one). Tests that use the web apps set them again for their own context first.
 */
public final class CamundaWebAppsRuntime {

  private CamundaWebAppsRuntime() {}

  public static void of(ProcessEngine engine) {
    if (ProcessEngines.getProcessEngine(engine.getName()) != engine) {
      ProcessEngines.registerProcessEngine(engine);
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
  }
}
