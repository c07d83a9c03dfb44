package org.inforights.casework.support;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Letters as the in-process SMTP server received them. */
public final class Mail {

  private Mail() {}

  /** The last message {@code smtp} received for {@code address}. */
  public static MimeMessage lastTo(GreenMailOperations smtp, String address) throws MessagingException {
    MimeMessage[] received = smtp.getReceivedMessages();
    for (int i = received.length - 1; i >= 0; i--) {
      if (received[i].getAllRecipients()[0].toString().equals(address)) {
        return received[i];
      }
    }
    throw new AssertionError("no mail to " + address);
  }
}
