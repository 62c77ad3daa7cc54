package org.coregroup.input;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * An email address mail can be sent to: one plain address (no name, no list, no spaces), as
 * Jakarta Mail parses it strictly, with a dot in the domain. Checked when a member is added, so
 * building a message later never fails on it (issue "Trust", finding 7).
 */
public final class EmailAddresses {

  private EmailAddresses() {
  }

  public static boolean valid(String address) {
    if (address == null || address.isBlank() || address.length() > 254) {
      return false;
    }
    try {
      InternetAddress parsed = new InternetAddress(address.trim(), true);
      parsed.validate();
      String plain = parsed.getAddress();
      return plain.equals(address.trim()) && parsed.getPersonal() == null
          && plain.substring(plain.indexOf('@') + 1).contains(".");
    } catch (AddressException e) {
      return false;
    }
  }
}
