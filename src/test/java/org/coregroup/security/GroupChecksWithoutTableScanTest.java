package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.coregroup.testing.CoreGroupTest;
import org.coregroup.testing.MapperLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scale issue: a practitioner's queries cost what her own grants cost. The engine's read of
 * every group in the grants table (a statement over the whole table, run before each command)
 * no longer runs for her, and she still sees exactly her own work. The statements are those the
 * engine sends to the database, as its mapper logs them.
 */
@CoreGroupTest
class GroupChecksWithoutTableScanTest extends SecuritySuite {

  /** The engine's mapped statement {@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A}. */
  static final String READ_OF_EVERY_GROUP =
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizedGroupIds";

  @Autowired IdentityService identity;

  @Test
  void aPractitionersTaskListReadsNoOtherCasesGrants() throws Exception {
    String ref = newCase();
    String helensTask = helensTask(ref).getId();
    try (MapperLog statements = MapperLog.watch(READ_OF_EVERY_GROUP)) {
      List<String> seen = asUser(HELEN, () -> tasks.createTaskQuery().taskAssignee(HELEN).list()
          .stream().map(t -> t.getId()).toList());
      long seenByOlivia = asUser(OLIVIA, () -> tasks.createTaskQuery().processInstanceBusinessKey(ref).count());

      assertThat(seen).contains(helensTask);
      assertThat(seenByOlivia).as("an outsider still sees none of the case's tasks").isZero();
      assertThat(statements.sent()).as("reads of every group in the grants table").isEmpty();
    }
  }

  @Test
  void aUserInVeryManyGroupsStillGetsTheEnginesFilter() {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i <= GroupChecksWithoutTableScan.GROUPS_CHECKED_AS_THEY_ARE; i++) {
      groups.add("directory-group-" + i);
    }
    try (MapperLog statements = MapperLog.watch(READ_OF_EVERY_GROUP)) {
      identity.setAuthentication("directory.user", groups);
      try {
        assertThat(tasks.createTaskQuery().taskAssignee("directory.user").count()).isZero();
      } finally {
        identity.clearAuthentication();
      }
      assertThat(statements.sent()).isNotEmpty();
    }
  }

  private <T> T asUser(String userId, Callable<T> query) throws Exception {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return query.call();
    } finally {
      identity.clearAuthentication();
    }
  }
}
