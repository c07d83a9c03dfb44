package org.inforights.casework.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where each part of the benchmark keeps its data: an H2 file database under {@code target/bench/db}
 * (the product's default), or with {@code -Dbench.db=postgres} a database of its own on one embedded
 * PostgreSQL the benchmark starts.
 */
final class BenchDatabase implements AutoCloseable {

  /** One database: its JDBC URL and credentials. */
  record Db(String url, String user, String password, String driver) {}

  private final boolean postgres;
  private final Path directory;
  private EmbeddedPostgres server;

  private BenchDatabase(boolean postgres, Path directory) {
    this.postgres = postgres;
    this.directory = directory;
  }

  static BenchDatabase from(String kind, Path directory) throws IOException {
    boolean postgres = "postgres".equalsIgnoreCase(kind) || "postgresql".equalsIgnoreCase(kind);
    BenchDatabase databases = new BenchDatabase(postgres, directory);
    if (postgres) {
      databases.server = EmbeddedPostgres.builder().start();
    } else {
      deleteRecursively(directory);
      Files.createDirectories(directory);
    }
    return databases;
  }

  String kind() {
    return postgres ? "postgresql" : "h2";
  }

  /** A new, empty database called {@code name}. */
  Db create(String name) {
    if (!postgres) {
      return new Db(
          // the shipped URL's settings (application.yml), for the floor as for the application
          "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
          "sa", "", "org.h2.Driver");
    }
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return new Db(server.getJdbcUrl("postgres", name), "postgres", "postgres", "org.postgresql.Driver");
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
