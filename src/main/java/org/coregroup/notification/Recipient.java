package org.coregroup.notification;

/** Someone the product writes to: a name, and a login and an email address where known. */
public record Recipient(String name, String userId, String email) {

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
