package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code src/main/resources/db/migration/README.md}: each version exists once for
 * every database, vendor SQL comes in pairs, and names follow Flyway's pattern so none is skipped.
 */
class MigrationFilesTest {

  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  @Test
  void everyFileIsAVersionedMigrationFlywayWillRun() throws IOException {
    for (String folder : List.of("common", "h2", "postgresql")) {
      for (String file : files(folder)) {
        assertThat(file).as(folder + "/" + file).matches(NAME);
      }
    }
  }

  @Test
  void eachVersionIsDefinedOnceForEachDatabase() throws IOException {
    Set<Integer> common = versions("common");
    Set<Integer> h2 = versions("h2");
    Set<Integer> postgresql = versions("postgresql");

    assertThat(h2).as("vendor versions come in pairs").isEqualTo(postgresql);
    assertThat(common).as("a version is either portable or vendor-specific").doesNotContainAnyElementsOf(h2);
    Map<Integer, Long> commonCounts = files("common").stream().collect(Collectors.groupingBy(MigrationFilesTest::version, Collectors.counting()));
    assertThat(commonCounts.values()).as("one file per version").allMatch(count -> count == 1);
  }

  private static Set<Integer> versions(String folder) throws IOException {
    return files(folder).stream().map(MigrationFilesTest::version).collect(Collectors.toCollection(TreeSet::new));
  }

  private static int version(String file) {
    Matcher matcher = NAME.matcher(file);
    assertThat(matcher.matches()).as(file).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  private static List<String> files(String folder) throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS.resolve(folder))) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
