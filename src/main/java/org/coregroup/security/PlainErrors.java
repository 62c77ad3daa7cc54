package org.coregroup.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an engine's error message into the sentence a practitioner should read (issue "Trust",
 * finding 9): without the REST layer's "Cannot instantiate process definition e851...:" or "Cannot
 * submit task form ...:" prefix, without "ENGINE-03051 There was an exception while invoking the
 * TaskListener" around a listener's own message, without engine codes and ids.
 */
final class PlainErrors {

  private static final Pattern REST_PREFIX = Pattern.compile("^Cannot .{1,200}?: (?=\\S)");
  private static final Pattern LISTENER_WRAPPER = Pattern.compile(
      "ENGINE-\\d+ There was an exception while invoking the \\w+\\. Message: '(.*)'", Pattern.DOTALL);
  private static final Pattern ENGINE_CODE = Pattern.compile("\\bENGINE-\\d+\\s*");
  private static final Pattern QUOTED_ID = Pattern.compile(
      "\\s*(?:with id\\s*)?'?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?::[0-9a-f-]+)?'?");

  private PlainErrors() {
  }

  static String message(String engineMessage) {
    if (engineMessage == null) {
      return null;
    }
    String text = engineMessage.trim();
    String before;
    do {
      before = text;
      text = REST_PREFIX.matcher(text).replaceFirst("");
      Matcher wrapped = LISTENER_WRAPPER.matcher(text);
      if (wrapped.find()) {
        text = wrapped.group(1);
      }
    } while (!text.equals(before));
    text = ENGINE_CODE.matcher(text).replaceAll("");
    text = QUOTED_ID.matcher(text).replaceAll("");
    return text.trim();
  }
}
