package org.inforights.casework.sar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Who passed a subject access request on to the council: a school's designated teacher or the
 * child's social worker. Recorded beside the case, never as its requester: the request is the
 * child's or the parent's, and every letter goes to them. Personal data, erased with the case.
 */
@Entity
@Table(name = "sar_intermediary")
class SarIntermediary {

  @Id
  @Column(name = "case_reference")
  private String caseReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Channel channel;

  @Column(length = 200)
  private String name;

  @Column(length = 200)
  private String organisation;

  @Column(length = 320)
  private String email;

  /** The day the intermediary received the request from the requester. */
  @Column(name = "received_on")
  private LocalDate receivedOn;

  protected SarIntermediary() {}

  SarIntermediary(String caseReference, Channel channel, NewSarRequest.Intermediary details) {
    this.caseReference = caseReference;
    this.channel = channel;
    this.name = details.name().strip();
    this.organisation = details.organisation() == null ? null : details.organisation().strip();
    this.email = details.email();
    this.receivedOn = details.receivedOn();
  }

  Channel channel() {
    return channel;
  }

  String name() {
    return name;
  }

  String organisation() {
    return organisation;
  }

  String email() {
    return email;
  }

  LocalDate receivedOn() {
    return receivedOn;
  }
}
