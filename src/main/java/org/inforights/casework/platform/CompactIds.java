package org.inforights.casework.platform;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * The ids of the engine's rows (process instances, executions, tasks, variables, jobs, history):
 * a version 7 UUID written in 26 characters of lower-case base 32 instead of the usual 36.
 *
 * <p>Every engine table keys and indexes its rows by these ids, and most tables carry several of
 * them (process instance, execution, activity instance, task). Camunda's production generator
 * ({@code StrongUuidGenerator}, the Spring Boot starter's default) writes 36 characters; its
 * database generator writes short numbers but is, in Camunda's words, never to be used in
 * production, as every node would share one counter. With 10,000 timers due at once on the bare
 * engine (one run each): short numbers 44.4 s, Camunda's UUIDs 59.9 s, a time-ordered UUID in the
 * same 36 characters 58.8 s, that UUID in 22 characters 44.5 s. It is the length that costs, not
 * the order. These ids keep what the UUID gives: made on any node without sharing anything (each
 * millisecond's ids start from 74 random bits), and, as they begin with the time they were made
 * and the alphabet is in ASCII order, those made one after another sort one after another. Lower
 * case only, so a case-insensitive collation cannot make two of them equal.
 */
@Component
public class CompactIds implements IdGenerator {

  /** Crockford's base 32 in lower case: digits and letters without i, l, o and u, in ASCII order. */
  static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  /** 128 bits in 5-bit characters, the first holding the top 3 bits. */
  static final int LENGTH = 26;

  private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

  @Override
  public String getNextId() {
    return encode(generator.generate());
  }

  static String encode(UUID uuid) {
    long high = uuid.getMostSignificantBits();
    long low = uuid.getLeastSignificantBits();
    char[] text = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      int shift = 5 * (LENGTH - 1 - i); // the lowest bit of this character in the 130-bit number
      long bits;
      if (shift >= 64) {
        bits = high >>> (shift - 64);
      } else if (shift + 5 <= 64) {
        bits = low >>> shift;
      } else {
        bits = (low >>> shift) | (high << (64 - shift));
      }
      text[i] = ALPHABET.charAt((int) (bits & 31));
    }
    return new String(text);
  }
}
