/**
 * Letters to the requester of a subject access request, sent by e-mail: acknowledgement, evidence
 * request, extension and refusal notices, dispatch and withdrawal confirmations.
 *
 * <p>Each letter is a pair of Mustache templates under {@code classpath:letters/}, filled from the
 * case file, so their wording can change without a code change. Sending goes through Spring's
 * {@code JavaMailSender}: the SMTP server of {@code spring.mail.*}, or, in the demo, an outbox
 * directory of {@code .eml} files ({@code casework.letters.outbox-dir}). A failure to send is
 * thrown, never swallowed, so that the calling service task retries and then raises an incident.
 * Nothing personal is logged: at most the letter type and the case reference.
 */
package org.inforights.casework.letters;
