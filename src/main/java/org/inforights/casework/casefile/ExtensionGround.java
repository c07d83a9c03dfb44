package org.inforights.casework.casefile;

/**
 * Why a subject access request's time limit is extended by two further months. UK GDPR Art 12(3)
 * allows it only "where necessary, taking into account the complexity and number of the
 * requests" (DPA 2018 s.54(3A) says the same for law enforcement processing): no other reason will
 * do, so the ground is a closed choice and the reasons the requester is told are free text beside it.
 */
public enum ExtensionGround {
  /** The request is complex (e.g. many records systems, much third-party information). */
  COMPLEX("the request is complex"),
  /** The requester has made a number of requests. */
  NUMEROUS("of the number of requests you have made");

  private final String wording;

  ExtensionGround(String wording) {
    this.wording = wording;
  }

  /** The ground as the extension notice words it, after "because". */
  public String wording() {
    return wording;
  }
}
