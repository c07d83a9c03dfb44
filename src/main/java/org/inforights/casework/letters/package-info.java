/**
 * Letters to requesters, sent by e-mail and kept as sent on the case: for a subject access request
 * the acknowledgement, evidence and clarification requests, extension and refusal notices, the
 * dispatch notice, the secure link and its code, the review outcome, the closure for no evidence
 * and the withdrawal confirmation; for a disclosure the acknowledgement, the request for more
 * information, the refusal, the decision and the withdrawal confirmation.
 *
 * <p>Each letter is a pair of Mustache templates under {@code classpath:letters/}, filled from the
 * case file and the fields the sending feature gives (a review outcome's letter is told which
 * paragraphs to carry; it does not know the review's vocabulary), so their wording can change
 * without a code change. Sending goes through Spring's
 * {@code JavaMailSender}: the SMTP server of {@code spring.mail.*}, or, in the demo, an outbox
 * directory of {@code .eml} files ({@code casework.letters.outbox-dir}). A failure to send is
 * thrown, never swallowed, so that the calling service task retries and then raises an incident.
 * Nothing personal is logged: at most the letter type and the case reference.
 */
package org.inforights.casework.letters;
