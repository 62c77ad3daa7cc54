package org.coregroup.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.coregroup.calendar.UkDates;
import org.coregroup.input.JsonLists;
import org.coregroup.membership.Agencies;
import org.coregroup.membership.CoreGroup;
import org.coregroup.membership.CoreGroupMember;
import org.springframework.stereotype.Component;

/**
 * Words for people in a task's form: the models give a form a date in words, a person by name and
 * an agency by its name through input parameters such as {@code ${words.day(minutesDue)}}, so
 * forms show "Tuesday 8 December 2026", "Sarah Social" and "Education", never a stored value.
 * Forms put these words into Markdown text, so a name is given with Markdown's special characters
 * escaped: a name with brackets or a link in it shows as typed and never becomes a live link.
 */
@Component("words")
public class Words {

  private final People people;

  public Words(People people) {
    this.people = people;
  }

  /** "Tuesday 8 December 2026" for a date or date-time variable; empty for none. */
  public String day(Object date) {
    return date == null || date.toString().isBlank() ? "" : UkDates.day(UkDates.dayOf(date));
  }

  /** The person's name for a login (the login itself for someone the product does not know). */
  public String person(String userId) {
    return userId == null || userId.isBlank() ? "" : plain(people.user(userId).name());
  }

  /** A name as it was typed (a child's name), shown as typed: "Amy Example and Ben Example". */
  public String name(Object typed) {
    return typed == null ? "" : plain(typed.toString());
  }

  /** The agency's name for its code: "Education" for {@code education}. */
  public String agency(String code) {
    return plain(Agencies.name(code));
  }

  /**
   * The people a form may name for a task of the case's Core Group (chair, minute-taker): the key
   * worker, the team manager, then each member with a login, as a select's options (Json list of
   * {@code label}, {@code value}: "Helen Health, Health visitor (Health)" and her login), so
   * nobody types a login. The form's server check still decides who may be named.
   */
  public SpinJsonNode choices(Object coreGroupMembers, String keyWorker, String teamManager) {
    Map<String, String> options = new LinkedHashMap<>();
    if (keyWorker != null && !keyWorker.isBlank()) {
      options.put(keyWorker, people.user(keyWorker).name() + ", key worker");
    }
    if (teamManager != null && !teamManager.isBlank()) {
      options.putIfAbsent(teamManager, people.user(teamManager).name() + ", team manager");
    }
    for (CoreGroupMember member : CoreGroup.fromVariable(coreGroupMembers).members()) {
      if (member.hasLogin()) {
        options.putIfAbsent(member.userId(), member.name()
            + (member.role() == null || member.role().isBlank() ? "" : ", " + member.role())
            + " (" + Agencies.name(member.agency()) + ")");
      }
    }
    List<Map<String, String>> list = new ArrayList<>();
    options.forEach((value, label) -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", label);
      option.put("value", value);
      list.add(option);
    });
    return Spin.JSON(JsonLists.write(list));
  }

  /** The text with every character Markdown would read as markup escaped by a backslash. */
  static String plain(String text) {
    return text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1");
  }
}
