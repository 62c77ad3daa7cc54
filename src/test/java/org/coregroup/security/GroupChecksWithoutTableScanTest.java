package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
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
    List<ILoggingEvent> statements = watch(READ_OF_EVERY_GROUP);
    try {
      List<String> seen = asUser(HELEN, () -> tasks.createTaskQuery().taskAssignee(HELEN).list()
          .stream().map(t -> t.getId()).toList());
      long seenByOlivia = asUser(OLIVIA, () -> tasks.createTaskQuery().processInstanceBusinessKey(ref).count());

      assertThat(seen).contains(helensTask);
      assertThat(seenByOlivia).as("an outsider still sees none of the case's tasks").isZero();
      assertThat(sent(statements)).as("reads of every group in the grants table").isEmpty();
    } finally {
      unwatch(READ_OF_EVERY_GROUP);
    }
  }

  @Test
  void aUserInVeryManyGroupsStillGetsTheEnginesFilter() {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i <= GroupChecksWithoutTableScan.GROUPS_CHECKED_AS_THEY_ARE; i++) {
      groups.add("directory-group-" + i);
    }
    List<ILoggingEvent> statements = watch(READ_OF_EVERY_GROUP);
    try {
      identity.setAuthentication("directory.user", groups);
      try {
        assertThat(tasks.createTaskQuery().taskAssignee("directory.user").count()).isZero();
      } finally {
        identity.clearAuthentication();
      }
      assertThat(sent(statements)).isNotEmpty();
    } finally {
      unwatch(READ_OF_EVERY_GROUP);
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

  /** What the mapper logs for one statement from now on. */
  private static List<ILoggingEvent> watch(String statement) {
    Logger logger = (Logger) LoggerFactory.getLogger(statement);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setName("watch");
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
    return appender.list;
  }

  private static void unwatch(String statement) {
    Logger logger = (Logger) LoggerFactory.getLogger(statement);
    logger.detachAppender("watch");
    logger.setLevel(null);
  }

  /** The statements sent: one "Preparing" line per execution. */
  private static List<ILoggingEvent> sent(List<ILoggingEvent> logged) {
    return new ArrayList<>(logged).stream().filter(e -> e.getFormattedMessage().contains("Preparing:")).toList();
  }
}
