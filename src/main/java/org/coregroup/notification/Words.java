package org.coregroup.notification;

import org.coregroup.calendar.UkDates;
import org.coregroup.membership.Agencies;
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

  /** The agency's name for its code: "Education" for {@code education}. */
  public String agency(String code) {
    return plain(Agencies.name(code));
  }

  /** The text with every character Markdown would read as markup escaped by a backslash. */
  static String plain(String text) {
    return text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1");
  }
}
