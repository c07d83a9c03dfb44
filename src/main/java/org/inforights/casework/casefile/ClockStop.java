package org.inforights.casework.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One stop of the clock: what the council asked for, when, and when the answer came. */
@Entity
@Table(name = "clock_stop")
public class ClockStop {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ClockStopReason reason;

  @Column(name = "asked_on", nullable = false, updatable = false)
  private LocalDate askedOn;

  @Column(name = "received_on")
  private LocalDate receivedOn;

  protected ClockStop() {}

  ClockStop(ClockStopReason reason, LocalDate askedOn) {
    this.reason = reason;
    this.askedOn = askedOn;
  }

  public ClockStopReason reason() {
    return reason;
  }

  public LocalDate askedOn() {
    return askedOn;
  }

  /** The day the evidence or answer arrived; null while the clock is still stopped. */
  public LocalDate receivedOn() {
    return receivedOn;
  }

  public boolean isOpen() {
    return receivedOn == null;
  }

  void resolve(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }
}
