package org.inforights.casework.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompactIdsTest {

  private final CompactIds ids = new CompactIds();

  @Test
  void idsMadeOneAfterAnotherSortOneAfterAnotherAndNeverRepeat() throws Exception {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      made.add(ids.getNextId());
      if (i % 5_000 == 0) {
        Thread.sleep(2); // across milliseconds as well as within one
      }
    }

    assertThat(new HashSet<>(made)).hasSize(made.size());
    for (int i = 1; i < made.size(); i++) {
      assertThat(made.get(i)).as("id %d sorts after id %d", i, i - 1).isGreaterThan(made.get(i - 1));
    }
  }

  @Test
  void anIdIs26LowerCaseCharactersOfCrockfordsAlphabet() {
    assertThat(ids.getNextId()).hasSize(26).matches("[0-9a-hjkmnp-tv-z]{26}");
  }

  @Test
  void theFirstTenCharactersAreTheMillisecondItWasMade() {
    long before = System.currentTimeMillis();
    String id = ids.getNextId();
    long after = System.currentTimeMillis();

    assertThat(base32(id.substring(0, 10))).isBetween(before, after);
  }

  @Test
  void everyBitOfTheUuidIsKeptInOrder() {
    assertThat(CompactIds.encode(new UUID(0, 0))).isEqualTo("0".repeat(26));
    assertThat(CompactIds.encode(new UUID(0, 1))).isEqualTo("0".repeat(25) + "1");
    assertThat(CompactIds.encode(new UUID(-1, -1))).isEqualTo("7" + "z".repeat(25));
    // the character straddling the two halves: bits 60..64 of the number
    assertThat(CompactIds.encode(new UUID(1, 0))).isEqualTo("0".repeat(13) + "g" + "0".repeat(12));
    UUID uuid = UUID.fromString("0192f6a4-3b5c-7d2e-8f10-23456789abcd");
    assertThat(base32Big(CompactIds.encode(uuid)))
        .isEqualTo(new java.math.BigInteger(uuid.toString().replace("-", ""), 16));
  }

  private static long base32(String text) {
    long value = 0;
    for (char c : text.toCharArray()) {
      value = value * 32 + CompactIds.ALPHABET.indexOf(c);
    }
    return value;
  }

  private static java.math.BigInteger base32Big(String text) {
    java.math.BigInteger value = java.math.BigInteger.ZERO;
    for (char c : text.toCharArray()) {
      value = value.shiftLeft(5).add(java.math.BigInteger.valueOf(CompactIds.ALPHABET.indexOf(c)));
    }
    return value;
  }
}
