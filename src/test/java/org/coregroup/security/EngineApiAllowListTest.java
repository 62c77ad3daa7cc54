package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.coregroup.security.EngineApiAllowList.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allow-list table itself, row by row: what each role may ask of the engine REST API. */
class EngineApiAllowListTest {

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource({
      "PRACTITIONER, GET, /task/abc/form-variables, true",
      "PRACTITIONER, GET, /engine/default/task/abc/deployed-form, true",
      "PRACTITIONER, POST, engine/default/task/abc/submit-form, true",
      "PRACTITIONER, POST, /task/abc/variables, false",
      "PRACTITIONER, PUT, /task/abc/variables/coreGroupMembers, false",
      "PRACTITIONER, PUT, /task/abc, false",
      "PRACTITIONER, DELETE, /task/abc, false",
      "PRACTITIONER, POST, /task/create, false",
      "PRACTITIONER, POST, /task/abc/identity-links, false",
      "PRACTITIONER, GET, /task/abc/identity-links, true",
      "PRACTITIONER, POST, /job/abc/execute, false",
      "PRACTITIONER, GET, /metrics/activity-instance-start/sum, false",
      "PRACTITIONER, POST, /process-definition/key/RecordVisitProcess/submit-form, true",
      "PRACTITIONER, POST, /process-definition/key/RecordVisitProcess/tenant-id/t1/start, true",
      "PRACTITIONER, PUT, /process-definition/abc/suspended, false",
      "PRACTITIONER, POST, /process-instance/abc/modification, false",
      "PRACTITIONER, GET, /engine/, true",
      "SUPERVISOR, GET, /job/abc, true",
      "SUPERVISOR, PUT, /job/abc/retries, false",
      "SUPERVISOR, GET, /task/report/candidate-group-count, false",
      "SUPERVISOR, POST, /history/process-instance/count, true",
      "SUPERVISOR, POST, /history/process-instance/delete, false",
      "SUPERVISOR, GET, /history/process-instance, true",
      "SUPERVISOR, GET, /history/process-instance/abc, true",
      "SUPERVISOR, GET, /history/process-instance/report, false",
      "SUPERVISOR, GET, /history/task/report, false",
      "SUPERVISOR, GET, /history/process-definition/cleanable-process-instance-report, false",
      "SUPERVISOR, GET, /history/process-definition/cleanable-process-instance-report/count, false",
      "SUPERVISOR, GET, /history/process-definition/abc/statistics, false",
      "SUPERVISOR, POST, /deployment/create, false",
      "PROCESS_MANAGER, POST, /deployment/create, true",
      "PROCESS_MANAGER, GET, /process-definition/key/ChildProtectionPlanProcess/xml, true",
      "PROCESS_MANAGER, GET, /task, false",
      "PROCESS_MANAGER, GET, /history/variable-instance, false",
      "PROCESS_MANAGER, POST, /process-definition/key/ChildProtectionPlanProcess/start, false",
      "PRACTITIONER, GET, /process-definition/statistics, false",
      "SUPERVISOR, GET, /process-definition/statistics, false",
      "PRACTITIONER, GET, /process-definition/count, true",
  })
  void table(Role role, String method, String path, boolean allowed) {
    assertThat(EngineApiAllowList.allows(Set.of(role), method, path)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
  @CsvSource({
      "PRACTITIONER, cockpit, GET, plugin/base/default/process-instance/count, false",
      "PRACTITIONER, cockpit, GET, plugin/cockpitPlugins/static/app/plugin.js, true",
      "PRACTITIONER, tasklist, GET, plugin/tasklistPlugins/static/app/plugin.css, true",
      "PRACTITIONER, admin, GET, plugin/adminPlugins/default/metrics/aggregated, false",
      "PRACTITIONER, admin, POST, auth/user/default/login/tasklist, true",
      "SUPERVISOR, cockpit, POST, plugin/base/default/process-instance, true",
      "SUPERVISOR, cockpit, GET, plugin/base/default/process-instance/abc/called-process-instances, true",
      "SUPERVISOR, cockpit, GET, plugin/base/default/process-definition/statistics, true",
      "SUPERVISOR, cockpit, POST, plugin/base/default/incident/count, true",
      "SUPERVISOR, cockpit, DELETE, plugin/base/default/process-instance, false",
      "SUPERVISOR, cockpit, GET, plugin/history/default/incident, false",
      "SUPERVISOR, admin, GET, plugin/adminPlugins/default/metrics/aggregated, false",
      "SUPERVISOR, tasklist, GET, plugin/base/default/process-instance, false",
      "PROCESS_MANAGER, cockpit, GET, plugin/base/default/process-definition/statistics, false",
  })
  void pluginTable(Role role, String app, String method, String path, boolean allowed) {
    assertThat(EngineApiAllowList.allowsPlugin(Set.of(role), app, method, path)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "no role may {0} {1}")
  @CsvSource({"GET, /task", "GET, /engine"})
  void nobodyWithoutRole(String method, String path) {
    assertThat(EngineApiAllowList.allows(EnumSet.noneOf(Role.class), method, path)).isFalse();
  }
}
