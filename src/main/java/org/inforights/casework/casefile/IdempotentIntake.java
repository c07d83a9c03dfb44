package org.inforights.casework.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.inforights.casework.platform.CurrentUser;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake marked with an {@code Idempotency-Key}: a client that sends the same request again (a
 * retry after a timeout, a double click, a queue delivering twice) gets the case the first one
 * created, and no second case is opened. The key is the user's: two users' keys never meet.
 *
 * <p>The key is claimed by inserting its row in the transaction that registers the case, before
 * anything else: the primary key on (user, key) lets only one of several concurrent requests
 * through; the others wait for it and then find its case. A request that fails (bad input) rolls
 * its claim back with everything else, so the key can be used again. A key used before for a
 * different request is refused, as a client's mistake that must not be answered with the wrong case.
 */
@Component
public class IdempotentIntake {

  /** The request header that carries the key. */
  public static final String HEADER = "Idempotency-Key";

  /** The response header that marks an answer given from an earlier request's case. */
  public static final String REPLAYED = "Idempotent-Replayed";

  /** The longest key accepted; UUIDs and similar fit many times over. */
  static final int MAX_KEY_LENGTH = 200;

  /** How long a repeat waits for a first request still being registered (milliseconds). */
  private static final long WAIT_FOR_FIRST_MILLIS = 30_000;

  /** The case a keyed intake answers with, and whether an earlier request created it. */
  public record Outcome(String reference, boolean replayed) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ObjectMapper json;
  private final CurrentUser currentUser;
  private final Clock clock;

  IdempotentIntake(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      ObjectMapper json,
      CurrentUser currentUser,
      Clock clock) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.json = json;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * {@code register} once for this user's {@code key}: in one transaction with the key's claim,
   * returning the new case's reference; or, when the key was claimed before for the same
   * {@code request}, that case's reference.
   */
  public Outcome once(String key, Object request, Supplier<String> register) {
    checkKey(key);
    String user = currentUser.id();
    String fingerprint = fingerprint(request);
    long giveUpAt = System.currentTimeMillis() + WAIT_FOR_FIRST_MILLIS;
    while (true) {
      try {
        return new Outcome(transactions.execute(status -> claimAndRegister(user, key, fingerprint, register)), false);
      } catch (KeyTaken taken) {
        Optional<Claim> first = claim(user, key);
        if (first.isPresent()) {
          if (!first.get().fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(first.get().reference());
          }
          return new Outcome(first.get().reference(), true);
        }
        // the first request was rolled back (or is not visible yet): try to be the first
        if (System.currentTimeMillis() > giveUpAt) {
          throw taken.cause;
        }
        pause();
      }
    }
  }

  /**
   * The answer to a keyed intake: 201 for the case just created; 200, with the same
   * {@code Location} and {@code Idempotent-Replayed: true}, for the case an earlier request created.
   */
  public static <T> org.springframework.http.ResponseEntity<T> response(Outcome outcome, T view) {
    java.net.URI location = java.net.URI.create("/api/cases/" + outcome.reference());
    if (!outcome.replayed()) {
      return org.springframework.http.ResponseEntity.created(location).body(view);
    }
    return org.springframework.http.ResponseEntity.ok().location(location).header(REPLAYED, "true").body(view);
  }

  private String claimAndRegister(String user, String key, String fingerprint, Supplier<String> register) {
    try {
      jdbc.update(
          "insert into intake_request (requested_by, idempotency_key, fingerprint, case_reference, created_at)"
              + " values (?, ?, ?, ?, ?)",
          user, key, fingerprint, "", Timestamp.from(clock.instant()));
    } catch (DataIntegrityViolationException | PessimisticLockingFailureException taken) {
      throw new KeyTaken(taken);
    }
    String reference = register.get();
    jdbc.update(
        "update intake_request set case_reference = ? where requested_by = ? and idempotency_key = ?",
        reference, user, key);
    return reference;
  }

  private Optional<Claim> claim(String user, String key) {
    List<Claim> claims =
        jdbc.query(
            "select fingerprint, case_reference from intake_request where requested_by = ? and idempotency_key = ?",
            (row, n) -> new Claim(row.getString(1), row.getString(2)),
            user, key);
    return claims.stream().findFirst();
  }

  private static void checkKey(String key) {
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidCaseInputException(
          HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters (a UUID, say)");
    }
  }

  /**
   * A SHA-256 of the request's type and content, the same however its JSON was laid out: fields in
   * any order, and a list in any order (a set of categories, children named in another order).
   */
  String fingerprint(Object request) {
    String canonical = request.getClass().getName() + ":" + canonical(json.valueToTree(request));
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String canonical(JsonNode node) {
    if (node.isObject()) {
      Map<String, String> fields = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getValue().isNull()) {
          fields.put(field.getKey(), canonical(field.getValue()));
        }
      }
      return fields.toString();
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(canonical(item)));
      items.sort(null);
      return items.toString();
    }
    return node.toString();
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the first request", e);
    }
  }

  private record Claim(String fingerprint, String reference) {}

  /** The key's row exists already (or is being written by a concurrent request). */
  private static final class KeyTaken extends RuntimeException {
    private final DataAccessException cause;

    KeyTaken(DataAccessException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
