package org.coregroup.delivery;

import java.util.List;

import org.coregroup.membership.CaseVariables;

/**
 * The contract of {@code bpmn/UndeliveredEmailProcess.bpmn} ("Pass on an email that did not
 * arrive"): started by the product, with the case reference as business key, when the mail outbox
 * gives up on an email of the case (ADR 0037); the case's key worker passes it on another way and
 * says how. Nobody starts it from Tasklist or REST.
 */
public final class UndeliveredEmailProcess {

  public static final String KEY = "UndeliveredEmailProcess";
  public static final String START_EVENT = "StartEvent_EmailNotDelivered";
  public static final String TASK_PASS_ON = "Task_PassOnEmail";
  public static final String END_EVENT = "EndEvent_EmailPassedOn";

  /** The case, as {@link org.coregroup.membership.CaseFile#copyInto} writes it. */
  public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
  public static final String CHILD_NAME = CaseVariables.CHILD_NAME;
  public static final String KEY_WORKER = CaseVariables.KEY_WORKER;

  /** Whom it was for, as people read it: "Gina Green (gina@example.org)". */
  public static final String UNDELIVERED_TO = "undeliveredTo";
  /** Their login, where they have one. */
  public static final String UNDELIVERED_TO_USER = "undeliveredToUser";
  public static final String UNDELIVERED_SUBJECT = "undeliveredSubject";
  /** The email's own words, to be passed on. */
  public static final String UNDELIVERED_TEXT = "undeliveredText";
  /** The files it came with, by name ("none" when it had none). */
  public static final String UNDELIVERED_ATTACHMENTS = "undeliveredAttachments";
  /** When it was written, as people read it: "3 March 2026, 14:05". */
  public static final String UNDELIVERED_WRITTEN = "undeliveredWritten";
  /** Why it did not arrive, in plain words. */
  public static final String UNDELIVERED_WHY = "undeliveredWhy";
  /** The mail server's own reply, for an administrator (not shown on the form). */
  public static final String MAIL_SERVER_REPLY = "mailServerReply";
  /** When the key worker's task is due, with its rule ({@code passOnDueRule}) beside it. */
  public static final String PASS_ON_DUE = "passOnDue";

  /** What the key worker did. */
  public static final String PASSED_ON_HOW = "passedOnHow";
  public static final List<String> PASSED_ON_WAYS = List.of("post", "by-hand", "phone", "other-email", "not-needed");
  public static final String PASSED_ON_NOTE = "passedOnNote";

  /** The product-default decision that gives {@link #DAYS_TO_PASS_ON} (no partnership's guidance sets it). */
  public static final String DECISION_KEY = "ProductDefaultTimescales";
  public static final String DAYS_TO_PASS_ON = "defaultUndeliveredEmailWorkingDays";

  private UndeliveredEmailProcess() {
  }
}
