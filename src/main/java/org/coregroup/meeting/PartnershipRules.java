package org.coregroup.meeting;

import static org.coregroup.meeting.CoreGroupMeetingProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.coregroup.input.EmailAddresses;
import org.coregroup.input.FieldLabels;
import org.coregroup.input.FormInput;
import org.coregroup.input.JsonLists;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;
import org.coregroup.policy.LocalPolicy;

/**
 * The meeting's clauses that differ by partnership (docs/rules.md, the profile sections), each
 * asked where the case's row of {@code LocalPolicyDecision} says so, never by the profile's name:
 * who may chair, what a professional who cannot attend sends and to whom, who circulates the
 * minutes, and what the record holds at every meeting and at the first. Engine-free.
 */
final class PartnershipRules {

  /** The most rows a rota may have: more meetings than a plan holds between reviews many times over. */
  static final int ROTA_LIMIT = 20;
  /** A telephone number: digits, spaces, +, brackets and hyphens, 7 to 15 digits (E.164 has at most 15). */
  private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]+");

  /** What the case says about the meeting being recorded. */
  record Meeting(LocalPolicy policy, int number, CoreGroup group, String keyWorker, String teamManager,
      LocalDate nextReviewDue) {

    boolean first() {
      return number == 1;
    }
  }

  private PartnershipRules() {
  }

  /** What the forms of this meeting ask beyond the national rules: one flag per question, and the absence sentence. */
  static Map<String, Object> formFlags(LocalPolicy policy, int number) {
    boolean first = number == 1;
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put(ASK_WHAT_IS_SHARED, policy.preReviewRecordsWhatIsShared());
    flags.put(ASK_SIGNS_OF_SAFETY, policy.signsOfSafetyInFull());
    flags.put(ASK_ROTA, first && policy.firstMeetingAgreesRota());
    flags.put(ASK_CONTACTS, first && policy.firstMeetingRecordsContacts());
    flags.put(ASK_EMAIL_GROUP, first && policy.firstMeetingAgreesEmailGroup());
    flags.put(ASK_CHILD_FEEDBACK, policy.childFeedbackAgreed());
    flags.put(ASK_CONTACT_WITH_FAMILY, first && policy.firstMeetingAgreesFamilyContact());
    flags.put(ASK_CONTINGENCY_PLAN, first && policy.firstMeetingAgreesContingency());
    flags.put(ASK_CHAIR_DELEGATION, policy.laterChairKeyWorkerOrManager());
    flags.put(ASK_CHAIR_APPOINTED, policy.coreGroupAppointsChair());
    flags.put(ASK_REPRESENTATIVE_BRIEFED, policy.representativeConfirmedBriefed());
    flags.put(ASK_REPRESENTATIVE_SENIOR, policy.representativeIsSenior());
    flags.put(ABSENCE_ASKS, absenceAsks(policy));
    return flags;
  }

  /** Who gets an absent professional's written report, in words: the key worker, or the chair (sandwell [001]). */
  static String reportRecipient(LocalPolicy policy) {
    return LocalPolicy.REPORT_TO_CHAIR.equals(policy.absentReportTo()) ? "the chair" : "the key worker";
  }

  /** R13: what a professional who cannot attend sends under the case's rules, as "Confirm attendance" says it. */
  static String absenceAsks(LocalPolicy policy) {
    String report = "a written report for " + reportRecipient(policy) + " before the meeting";
    StringBuilder representative = new StringBuilder("a representative from your agency");
    if (policy.representativeIsSenior()) {
      representative.append(" who is your manager or a senior colleague");
    }
    if (policy.representativeConfirmedBriefed()) {
      representative.append(policy.representativeIsSenior() ? " and" : " who is").append(" fully briefed");
    }
    List<String> needed = new ArrayList<>(List.of("written apologies"));
    List<String> ifYouCan = new ArrayList<>();
    if (policy.absentSendsRepresentative()) {
      needed.add(representative.toString());
    }
    if (policy.absentSendsReport()) {
      needed.add(report);
    }
    if (policy.absentReportOrRepresentative()) {
      needed.add("either " + report + " or " + representative);
    } else {
      if (!policy.absentSendsRepresentative()) {
        ifYouCan.add(representative.toString());
      }
      if (!policy.absentSendsReport()) {
        ifYouCan.add(report);
      }
    }
    String text = "If you cannot come, send " + list(needed);
    return text + (ifYouCan.isEmpty() ? "." : ", and if you can, " + list(ifYouCan) + ".");
  }

  /** R13 [000, 003, 004 4.6]: what the case's rules ask of a professional who cannot attend. */
  static void checkAbsence(FormInput in, LocalPolicy policy, String representative, String report) {
    boolean named = representative != null;
    if (policy.absentSendsRepresentative() && !named) {
      in.reject(REPRESENTATIVE, "a representative from your agency is needed when you cannot attend: name them");
    }
    if (policy.absentSendsReport() && report == null) {
      in.reject(REPORT, "a written report is needed before the meeting when you cannot attend");
    }
    if (policy.absentReportOrRepresentative() && !named && report == null) {
      in.reject(REPORT, "a written report or a well-informed representative is needed when you cannot attend");
    }
    if (named && policy.representativeConfirmedBriefed() && !ticked(in, REPRESENTATIVE_BRIEFED)) {
      in.reject(REPRESENTATIVE_BRIEFED, "brief your representative on the child and the plan, then confirm it here");
    }
    if (named && policy.representativeIsSenior() && !ticked(in, REPRESENTATIVE_SENIOR)) {
      in.reject(REPRESENTATIVE_SENIOR, "the representative is your manager or a senior colleague: confirm it here,"
          + " or ask one of them to go in your place");
    }
  }

  /**
   * The partnership's clauses of the record (sandwell [001], south-east-wales [003], brent [004
   * 3.7]): asked of a meeting that went ahead; anything sent is checked for size and sense
   * wherever it comes from, so a REST client cannot slip a rota into a case that has none.
   */
  static void checkRecord(FormInput in, Meeting m) {
    in.narratives(SCALING_NOT_EXPLAINED_WHY, REVIEW_SHARED, REVIEW_RECOMMENDATION, CONTACT_WITH_FAMILY, CONTINGENCY_PLAN);
    if (in.isPresent(SCALING_EXPLAINED)) {
      in.yesNo(SCALING_EXPLAINED, "Whether the safety scale was explained to the parents");
    }
    rota(in, m);
    if (in.isPresent(MEMBER_CONTACTS)) {
      contacts(in, m.group());
    }
    member(in, EMAIL_GROUP_BY, "Who sets up the email group", m);
    member(in, CHILD_FEEDBACK_BY, "Who tells the child about the meeting", m);
  }

  /**
   * What the partnership asks of a meeting that went ahead (known once the quorum table has
   * answered: {@code MeetingOutcome}); {@link #checkRecord} has checked the fields' shape.
   */
  static void checkWentAhead(FormInput in, Meeting m, LocalDate heldOn, LocalDate next) {
    LocalPolicy policy = m.policy();
    List<Map<String, Object>> rota = JsonLists.read(in.raw(ROTA));
    if (policy.signsOfSafetyInFull()) {
      // sandwell [001] "Signs of Safety must be used in all statutory meetings ... past harm ... scaling which should be explained to parents"
      in.text(PAST_HARM, "Past harm");
      in.text(DANGER_STATEMENT, "The danger statement");
      Boolean explained = in.yesNo(SCALING_EXPLAINED, "Whether the safety scale was explained to the parents");
      if (Boolean.FALSE.equals(explained)) {
        in.text(SCALING_NOT_EXPLAINED_WHY, "Why the scale was not explained to the parents");
      }
    }
    if (policy.preReviewRecordsWhatIsShared() && beforeReview(m, heldOn, next)) {
      // brent [004 3.7]: "a clear understanding of what will be shared and what will be recommended to the RCPC"
      in.text(REVIEW_SHARED, "What will be shared with the review conference (the next meeting is after it)");
      in.text(REVIEW_RECOMMENDATION, "What the core group will recommend to the review conference");
    }
    if (m.first() && policy.firstMeetingAgreesRota() && (rota == null || rota.isEmpty())) {
      in.reject(ROTA, "the first core group agrees who chairs and who takes the minutes of the meetings after it: one row per meeting");
    }
    if (m.first() && policy.firstMeetingRecordsContacts() && !in.isPresent(MEMBER_CONTACTS)) {
      in.reject(MEMBER_CONTACTS, "the first core group records every member's role and contact details");
    }
    if (m.first() && policy.firstMeetingAgreesEmailGroup() && !in.isPresent(EMAIL_GROUP_BY)) {
      in.reject(EMAIL_GROUP_BY, "the first core group agrees who sets up the email group for the professionals");
    }
    if (policy.childFeedbackAgreed() && !in.isPresent(CHILD_FEEDBACK_BY)) {
      in.reject(CHILD_FEEDBACK_BY, "the core group agrees who tells the child about the meeting afterwards");
    }
    if (m.first() && policy.firstMeetingAgreesFamilyContact()) {
      in.text(CONTACT_WITH_FAMILY, "How often the child and family are seen, and by whom,");
    }
    if (m.first() && policy.firstMeetingAgreesContingency()) {
      in.text(CONTINGENCY_PLAN, "The contingency plan if the family does not co-operate");
    }
    if (policy.coreGroupAppointsChair() && !in.isPresent(NEXT_CHAIR)) {
      in.reject(NEXT_CHAIR, "the core group appoints the chair of its next meeting: name them"
          + " (good practice: someone other than the key worker)");
    }
  }

  /** brent [004 3.7]: the last core group before the review conference: the next one is agreed for after it. */
  static boolean beforeReview(Meeting m, LocalDate heldOn, LocalDate next) {
    LocalDate review = m.nextReviewDue();
    return review != null && heldOn != null && next != null && heldOn.isBefore(review) && !next.isBefore(review);
  }

  /**
   * Who may chair a later meeting: children's social care (brent [004 4.1]); the key worker or
   * their manager unless the core group agreed to delegate (bedfordshire [000]).
   */
  static void checkChair(FormInput in, String field, String chair, Meeting m) {
    if (chair == null) {
      return;
    }
    LocalPolicy policy = m.policy();
    if (policy.chairFromChildrensSocialCare() && !childrensSocialCare(chair, m)) {
      in.reject(field, "core groups are chaired by children's social care, and " + who(chair, m)
          + " is not in children's social care");
    }
    if (policy.laterChairKeyWorkerOrManager() && !chair.equals(m.keyWorker()) && !chair.equals(m.teamManager())
        && !ticked(in, CHAIR_DELEGATED)) {
      in.reject(field, "later core groups are chaired by the key worker or their manager: " + who(chair, m)
          + " chairs only if the core group agreed to it (tick \"The core group agreed that this member chairs\")");
    }
  }

  /** south-east-wales [003]: "good practice to separate the role of key working and chairing", said where the key worker chairs. */
  static String keyWorkerChairsNote(LocalPolicy policy, String chair, String keyWorker) {
    return policy.coreGroupAppointsChair() && chair != null && chair.equals(keyWorker)
        ? "The key worker also chairs this meeting: good practice keeps key working and chairing apart." : null;
  }

  /** sandwell [001]: the rota agreed at the first meeting, checked: logins of the case, chairs as the rules allow. */
  private static List<Map<String, Object>> rota(FormInput in, Meeting m) {
    List<Map<String, Object>> rows = JsonLists.read(in.raw(ROTA));
    List<Map<String, Object>> rota = new ArrayList<>();
    if (rows == null) {
      in.reject(ROTA, "the rota is not a list");
      return rota;
    }
    if (rows.size() > ROTA_LIMIT) {
      in.reject(ROTA, "the rota has " + rows.size() + " rows: at most " + ROTA_LIMIT + " fit; agree the rest later");
      return rota;
    }
    for (int i = 0; i < rows.size(); i++) {
      String where = ROTA + "[" + (i + 1) + "].";
      String chair = JsonLists.text(rows.get(i), ROTA_CHAIR);
      String minuteTaker = JsonLists.text(rows.get(i), ROTA_MINUTE_TAKER);
      for (String[] person : new String[][] {{ROTA_CHAIR, chair}, {ROTA_MINUTE_TAKER, minuteTaker}}) {
        if (person[1] == null) {
          in.reject(where + person[0], "row " + (i + 1) + " of the rota names nobody");
        } else if (person[1].length() > FormInput.SHORT_TEXT_LIMIT || !withLogin(person[1], m)) {
          in.reject(where + person[0], "'" + FormInput.shown(person[1]) + "' is not the login of a member of this core group");
        }
      }
      if (chair != null && withLogin(chair, m)) {
        checkChair(in, where + ROTA_CHAIR, chair, m);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(ROTA_CHAIR, chair);
      row.put(ROTA_MINUTE_TAKER, minuteTaker);
      rota.add(row);
    }
    return rota;
  }

  /** sandwell [001]: one row per member, each with a role and a telephone number or an email address. */
  private static void contacts(FormInput in, CoreGroup group) {
    List<Map<String, Object>> rows = JsonLists.read(in.raw(MEMBER_CONTACTS));
    if (rows == null) {
      in.reject(MEMBER_CONTACTS, "the contact details are not a list");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String where = MEMBER_CONTACTS + "[" + (i + 1) + "].";
      String name = JsonLists.text(row, CONTACT_NAME);
      Optional<CoreGroupMember> member = group.members().stream()
          .filter(mb -> mb.name().equalsIgnoreCase(String.valueOf(name))).findFirst();
      if (member.isEmpty()) {
        in.reject(where + CONTACT_NAME, "'" + FormInput.shown(name) + "' is not a member of this core group");
        continue;
      }
      if (!seen.add(member.get().name())) {
        in.reject(where + CONTACT_NAME, member.get().name() + " is listed more than once: one row per member");
      }
      String role = JsonLists.text(row, CONTACT_ROLE);
      String phone = JsonLists.text(row, CONTACT_PHONE);
      String email = JsonLists.text(row, CONTACT_EMAIL);
      if (role == null) {
        in.reject(where + CONTACT_ROLE, "the role of " + member.get().name() + " is missing");
      } else if (role.length() > FormInput.SHORT_TEXT_LIMIT) {
        in.reject(where + CONTACT_ROLE, "the role of " + member.get().name() + " is longer than "
            + FormInput.SHORT_TEXT_LIMIT + " characters");
      }
      if (phone == null && email == null) {
        in.reject(where + CONTACT_PHONE, "a telephone number or an email address of " + member.get().name() + " is needed");
      }
      if (phone != null && !phone(phone)) {
        in.reject(where + CONTACT_PHONE, "'" + FormInput.shown(phone) + "' is not a telephone number");
      }
      if (email != null && (email.length() > FormInput.SHORT_TEXT_LIMIT || !EmailAddresses.valid(email))) {
        in.reject(where + CONTACT_EMAIL, "'" + FormInput.shown(email) + "' is not an email address");
      }
    }
    group.members().stream().filter(mb -> !seen.contains(mb.name()))
        .forEach(mb -> in.reject(MEMBER_CONTACTS, "the contact details of " + mb.name() + " are missing"));
  }

  /** A member named by name or login (or the key worker or team manager), when given. */
  private static void member(FormInput in, String field, String label, Meeting m) {
    String named = in.optionalShortText(field, label);
    if (named != null && !m.group().members().stream()
        .anyMatch(mb -> mb.name().equalsIgnoreCase(named) || named.equals(mb.userId()))
        && !named.equals(m.keyWorker()) && !named.equals(m.teamManager())) {
      in.reject(field, "'" + FormInput.shown(named) + "' is not a member of this core group");
    }
  }

  static boolean phone(String text) {
    long digits = text.chars().filter(Character::isDigit).count();
    return PHONE.matcher(text).matches() && digits >= 7 && digits <= 15;
  }

  private static boolean withLogin(String userId, Meeting m) {
    return m.group().hasMemberWithLogin(userId) || userId.equals(m.keyWorker()) || userId.equals(m.teamManager());
  }

  private static boolean childrensSocialCare(String userId, Meeting m) {
    return userId.equals(m.keyWorker()) || userId.equals(m.teamManager()) || m.group().withLogin().stream()
        .anyMatch(mb -> userId.equals(mb.userId()) && CoreGroupMember.CHILDRENS_SOCIAL_CARE.equals(mb.agency()));
  }

  private static String who(String userId, Meeting m) {
    return m.group().withLogin().stream().filter(mb -> userId.equals(mb.userId())).map(CoreGroupMember::name)
        .findFirst().orElse(userId);
  }

  private static boolean ticked(FormInput in, String field) {
    return in.isPresent(field) && Boolean.TRUE.equals(in.yesNo(field, FieldLabels.of(field)));
  }

  private static String list(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + (parts.size() > 2 ? ", and " : " and ")
        + parts.get(parts.size() - 1);
  }
}
