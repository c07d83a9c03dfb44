package org.inforights.casework.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inforights.casework.casefile.AuditAction;
import org.inforights.casework.casefile.CaseAccessLog;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CasePart;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.letters.LetterType;
import org.inforights.casework.letters.Letters;
import org.inforights.casework.response.ResponseLetters;
import org.inforights.casework.response.ResponsePack;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Delivers an approved response pack by a secure link: the requester is e-mailed a link to a
 * public download page, with nothing in the e-mail that names them, the child or the case, and a
 * one-time code by a second route (a separate e-mail, or a letter the officer posts). The page
 * offers the pack for {@code casework.delivery.available-days} to whoever has both.
 *
 * <p>Only the SHA-256 of the link's token (256 random bits) and a BCrypt hash of the code (40
 * random bits, so a plain hash would fall to a search of every code) are kept. Too many wrong
 * codes lock the link; an officer's new link revokes the old one. Each download is recorded on
 * the case's audit trail and its access log: the council's proof of delivery. What is served is
 * only ever the pack approved: if it changed since, the page says so and serves nothing.
 */
@Service
public class SecureDelivery {


  /** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
  private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
  private static final int CODE_LENGTH = 8;

  private final DeliveryLinkRepository links;
  private final ResponseApprovals approvals;
  private final ResponsePack pack;
  private final ResponseLetters printed;
  private final Letters letters;
  private final CaseFileService cases;
  private final CaseAccessLog accessLog;
  private final DeliveryProperties properties;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final SecureRandom random = new SecureRandom();
  private final BCryptPasswordEncoder codes = new BCryptPasswordEncoder();
  /** Code letters waiting for the officer to print, once each, for a day at most; never stored. */
  private final Cache<String, CodeLetter> codeLetters =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).maximumSize(10_000).build();

  SecureDelivery(
      DeliveryLinkRepository links, ResponseApprovals approvals, ResponsePack pack, ResponseLetters printed,
      Letters letters, CaseFileService cases, CaseAccessLog accessLog, DeliveryProperties properties, Clock clock,
      PlatformTransactionManager transactionManager) {
    this.links = links;
    this.approvals = approvals;
    this.pack = pack;
    this.printed = printed;
    this.letters = letters;
    this.cases = cases;
    this.accessLog = accessLog;
    this.properties = properties;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** A link as issued: its number, until when, and how the code goes. */
  public record Issued(long linkId, Instant expiresAt, CodeRoute codeRoute) {}

  /** A code letter for the officer to print. */
  record CodeLetter(long linkId, byte[] pdf) {}

  /** A link as the Case tab shows it: never its token or code. */
  record LinkView(
      long id, DeliveryLink.State state, String issuedBy, Instant issuedAt, Instant expiresAt, CodeRoute codeRoute,
      int failedAttempts, Instant lockedAt, Instant revokedAt, int downloads, Instant lastDownloadAt,
      String packSha256) {

    static LinkView of(DeliveryLink link, Instant now) {
      return new LinkView(link.id(), link.state(now), link.issuedBy(), link.issuedAt(), link.expiresAt(),
          link.codeRoute(), link.failedAttempts(), link.lockedAt(), link.revokedAt(), link.downloads(),
          link.lastDownloadAt(), link.packSha256());
    }
  }

  /**
   * Issues a link to the approved pack, revoking any earlier one, and sends the link and the code
   * their separate ways (or keeps the code letter for the officer to print). A conflict if the
   * pack is not approved or changed since.
   */
  @Transactional
  public Issued issue(String reference, String issuedBy) {
    ResponseApprovals.Approval approval = approvals.requireApprovedAndUnchanged(reference);
    Instant now = clock.instant();
    revokeLive(reference, now, issuedBy);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    String code = newCode();
    Instant expiresAt = now.plus(Duration.ofDays(properties.availableDays()));
    LocalDate availableUntil = LocalDate.ofInstant(expiresAt, clock.getZone());
    CodeRoute route = properties.codeRoute();
    DeliveryLink link = links.saveAndFlush(new DeliveryLink(
        reference, sha256(token), codes.encode(code), approval.sha256(), route, issuedBy, now, expiresAt));
    cases.recordResponseAction(reference, issuedBy, AuditAction.SECURE_LINK_ISSUED,
        "link " + link.id() + ", code by " + route + ", available until " + availableUntil + ", response pack sha256 "
            + approval.sha256());
    letters.send(LetterType.SECURE_LINK, reference, Map.of("link", linkUrl(token), "availableUntil", availableUntil));
    if (route == CodeRoute.SECOND_EMAIL) {
      letters.send(LetterType.SECURE_CODE, reference, Map.of("code", grouped(code)));
    } else {
      codeLetters.put(reference, new CodeLetter(link.id(), printed.codeLetter(reference, grouped(code), availableUntil)));
    }
    return new Issued(link.id(), expiresAt, route);
  }

  /**
   * A new link for a case whose response already went by link (the requester lost the code, the
   * link locked or expired). A conflict if no link was ever issued: the dispatch step issues the first.
   */
  @Transactional
  public Issued reissue(String reference, String officer) {
    if (links.findByCaseReferenceOrderByIssuedAtDescIdDesc(reference).isEmpty()) {
      throw new CaseStateConflictException(
          reference + " has no download link to replace: dispatch the response by secure link first");
    }
    return issue(reference, officer);
  }

  /** The code letter waiting to be printed, once: it is forgotten as it is handed over. */
  public Optional<byte[]> takeCodeLetter(String reference) {
    CodeLetter letter = codeLetters.asMap().remove(reference);
    if (letter == null) {
      return Optional.empty();
    }
    cases.recordResponseAction(reference, null, AuditAction.SECURE_CODE_LETTER_PRINTED, "link " + letter.linkId());
    return Optional.of(letter.pdf());
  }

  boolean codeLetterWaiting(String reference) {
    return codeLetters.getIfPresent(reference) != null;
  }

  @Transactional(readOnly = true)
  List<LinkView> links(String reference) {
    Instant now = clock.instant();
    return links.findByCaseReferenceOrderByIssuedAtDescIdDesc(reference).stream()
        .map(link -> LinkView.of(link, now)).toList();
  }

  /** What a try at the download page came to. */
  enum Outcome {
    /** The code is right: the pack follows. */
    OPENED,
    /** No link has this token. */
    UNKNOWN,
    /** The link's time is up. */
    EXPIRED,
    /** A newer link replaced this one. */
    REVOKED,
    /** Too many wrong codes. */
    LOCKED,
    /** The code is wrong; more tries remain. */
    WRONG_CODE,
    /** The pack changed after it was approved: nothing is served until it is approved again. */
    CHANGED
  }

  /** The outcome, the tries left after a wrong code, and the pack when opened. */
  record Attempt(Outcome outcome, int triesLeft, ResponsePack.PackFile pack) {}

  /**
   * The requester offers a link's token and a code. A wrong code counts against the link (and is
   * committed, whatever follows); a right one records the download and opens the approved pack.
   */
  Attempt open(String token, String code) {
    return transactions.execute(status -> {
      DeliveryLink link = links.findByTokenSha256(sha256(token == null ? "" : token)).orElse(null);
      if (link == null) {
        return new Attempt(Outcome.UNKNOWN, 0, null);
      }
      Instant now = clock.instant();
      String reference = link.caseReference();
      switch (link.state(now)) {
        case REVOKED -> {
          return new Attempt(Outcome.REVOKED, 0, null);
        }
        case EXPIRED -> {
          return new Attempt(Outcome.EXPIRED, 0, null);
        }
        case LOCKED -> {
          return new Attempt(Outcome.LOCKED, 0, null);
        }
        case ACTIVE -> { }
      }
      String offered = normalised(code);
      if (offered.length() != CODE_LENGTH || !codes.matches(offered, link.codeHash())) {
        boolean locked = link.wrongCode(now, properties.maxWrongCodes());
        cases.recordResponseAction(reference, requester(link), locked ? AuditAction.SECURE_LINK_LOCKED : AuditAction.SECURE_LINK_WRONG_CODE,
            "link " + link.id() + ", wrong code " + link.failedAttempts() + " of " + properties.maxWrongCodes());
        return locked
            ? new Attempt(Outcome.LOCKED, 0, null)
            : new Attempt(Outcome.WRONG_CODE, properties.maxWrongCodes() - link.failedAttempts(), null);
      }
      ResponsePack.PackFile file;
      try {
        file = pack.openApproved(reference, link.packSha256());
      } catch (CaseStateConflictException changed) {
        return new Attempt(Outcome.CHANGED, 0, null);
      }
      link.downloaded(now);
      cases.recordResponseAction(reference, requester(link), AuditAction.RESPONSE_PACK_DOWNLOADED,
          "link " + link.id() + ", download " + link.downloads() + ", response pack sha256 " + file.sha256());
      accessLog.viewedBy(reference, requester(link),
          List.of(CasePart.REQUESTER, CasePart.CHILD, CasePart.OTHER_DOCUMENTS, CasePart.REDACTION_LOG),
          "secure link download");
      return new Attempt(Outcome.OPENED, 0, file);
    });
  }

  private void revokeLive(String reference, Instant now, String by) {
    for (DeliveryLink live : links.findByCaseReferenceOrderByIssuedAtDescIdDesc(reference)) {
      if (live.state(now) == DeliveryLink.State.ACTIVE || live.state(now) == DeliveryLink.State.LOCKED) {
        live.revoke(now);
        cases.recordResponseAction(reference, by, AuditAction.SECURE_LINK_REVOKED, "link " + live.id() + ", replaced by a new link");
      }
    }
    codeLetters.invalidate(reference);
  }

  private static String requester(DeliveryLink link) {
    return "requester (link " + link.id() + ")";
  }

  private String linkUrl(String token) {
    return UriComponentsBuilder.fromUri(properties.publicUrl()).path("/response/{token}").buildAndExpand(token)
        .toUriString();
  }

  private String newCode() {
    StringBuilder code = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
    }
    return code.toString();
  }

  /** A code as it is shown: two groups of four, easier to read and type. */
  static String grouped(String code) {
    return code.substring(0, 4) + "-" + code.substring(4);
  }

  /** A code as typed: spaces and hyphens dropped, lower case raised. */
  static String normalised(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
