package org.inforights.casework.letters;

import java.util.Set;
import org.inforights.casework.casefile.CaseType;

/**
 * The letters a requester can receive. Each is a subject and a plain-text body template in
 * {@code classpath:letters/}, named after {@link #templateName()} ({@code acknowledgement.subject.mustache},
 * {@code acknowledgement.txt.mustache}). Some need facts the case file does not hold: the caller
 * passes them as extra fields, listed by {@link #requiredFields()}.
 */
public enum LetterType {

  /** The request was received: its reference, the due date and how that date was worked out. */
  ACKNOWLEDGEMENT("acknowledgement"),

  /**
   * Please send proof of identity or of authority to act for the child; the clock starts when it
   * arrives. The case must be waiting for that evidence (an open IDENTITY or AUTHORITY clock stop).
   * Optional extra field: {@code replyBy} (a {@code LocalDate}) after which the request is closed.
   */
  EVIDENCE_REQUEST("evidence-request"),

  /** Please tell us what you are looking for; the time limit stops until you answer. */
  CLARIFICATION_REQUEST("clarification-request"),

  /**
   * The deadline is extended: the new due date and the manager's reasons, as recorded on the case.
   * It must reach the requester before the original due date.
   */
  EXTENSION_NOTICE("extension-notice"),

  /**
   * The request is refused. Extra field {@code reasons} (required); the letter adds the right to
   * complain to the ICO and to seek to enforce the right of access through the courts.
   */
  REFUSAL_NOTICE("refusal-notice", "reasons"),

  /**
   * The response has been sent. Extra field {@code dispatchMethod} (required, e.g. "secure e-mail
   * link"); optional {@code dispatchedOn} (a {@code LocalDate}, default today).
   */
  RESPONSE_DISPATCHED("response-dispatched", "dispatchMethod"),

  /**
   * The outcome of an internal review of the response. Extra fields {@code upheld},
   * {@code partlyUpheld} and {@code notUpheld} (required, booleans: which finding paragraph the
   * letter carries, as the review decided); optional {@code furtherDisclosure} (true when more was
   * sent). The letter adds the right to complain to the ICO and to a court.
   */
  REVIEW_OUTCOME("review-outcome", "upheld", "partlyUpheld", "notUpheld"),

  /**
   * No identity or authority evidence arrived by the reply-by date the evidence request gave, so the
   * request was closed: the letter says so, and how to make the request again.
   */
  NO_EVIDENCE_CLOSURE("no-evidence-closure"),

  /** The request was withdrawn and the case closed. Optional extra field {@code withdrawnOn}. */
  WITHDRAWAL_CONFIRMATION("withdrawal-confirmation"),

  /**
   * The response is ready to download: the link and until when it works. Extra fields {@code link}
   * and {@code availableUntil} (required). It names no one and no case: whoever reads it learns
   * only that a download waits behind a code that comes another way.
   */
  SECURE_LINK("secure-link", "link", "availableUntil"),

  /**
   * The one-time code for the download link, sent separately from the link. Extra field
   * {@code code} (required). Like the link's e-mail it names no one and no case.
   */
  SECURE_CODE("secure-code", "code"),

  /** To a third party: we received your disclosure request; its reference and target date. */
  DISCLOSURE_ACKNOWLEDGEMENT(CaseType.DISCLOSURE, "disclosure-acknowledgement"),

  /** To a third party: we need more from you before we can decide; the target waits. */
  DISCLOSURE_INFORMATION_REQUEST(CaseType.DISCLOSURE, "disclosure-information-request"),

  /** To a third party: we refuse to disclose. Extra field {@code reasons} (required). */
  DISCLOSURE_REFUSAL(CaseType.DISCLOSURE, "disclosure-refusal", "reasons"),

  /**
   * To a third party: the disclosure is approved and the extract is on its way. Optional extra
   * fields {@code extract}, what is sent, and {@code conditions}, the minimisation and handling
   * conditions the recipient must keep to. The letter says what the recipient must not do with it:
   * use it for another purpose, share it on, or keep it past its purpose.
   */
  DISCLOSURE_DECISION(CaseType.DISCLOSURE, "disclosure-decision"),

  /**
   * To a court, coroner or Cafcass: the council challenges the order instead of complying with it
   * as made (it applies to vary or discharge it, asks for directions, takes legal advice, or cannot
   * comply). Extra field {@code reasons} (required): the ground and the reasons.
   */
  DISCLOSURE_CHALLENGE(CaseType.DISCLOSURE, "disclosure-challenge", "reasons"),

  /** To a third party: the request was withdrawn and the case closed; nothing will be sent. */
  DISCLOSURE_WITHDRAWAL_CONFIRMATION(CaseType.DISCLOSURE, "disclosure-withdrawal-confirmation");

  private final CaseType caseType;
  private final String templateName;
  private final Set<String> requiredFields;

  LetterType(String templateName, String... requiredFields) {
    this(CaseType.SAR, templateName, requiredFields);
  }

  LetterType(CaseType caseType, String templateName, String... requiredFields) {
    this.caseType = caseType;
    this.templateName = templateName;
    this.requiredFields = Set.of(requiredFields);
  }

  /**
   * Whether the letter's e-mail carries the case reference in a header: not the secure delivery
   * e-mails, which say nothing about whose response they are.
   */
  public boolean namesTheCase() {
    return this != SECURE_LINK && this != SECURE_CODE;
  }

  /** The kind of case the letter is worded for. */
  public CaseType caseType() {
    return caseType;
  }

  /** The start of both template file names, e.g. {@code refusal-notice}. */
  public String templateName() {
    return templateName;
  }

  /** The extra fields the caller must pass for this letter. */
  public Set<String> requiredFields() {
    return requiredFields;
  }
}
