package org.inforights.casework.api;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** RFC 4180 lines: every value quoted when it must be, nulls empty, formulas neutralised. */
public final class Csv {

  /** CSV, as the reports and the disclosure register answer it. */
  public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private Csv() {}

  /** True when the caller asks for CSV: {@code ?format=csv} or {@code Accept: text/csv}. */
  public static boolean wanted(String format, String accept) {
    return "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
  }

  /** A CSV document: the header line, then one line per row. */
  public static <T> ResponseEntity<String> response(String header, List<T> rows, Function<T, String> line) {
    StringBuilder body = new StringBuilder(header).append("\r\n");
    rows.forEach(row -> body.append(line.apply(row)).append("\r\n"));
    return ResponseEntity.ok().contentType(MEDIA_TYPE).body(body.toString());
  }

  public static String line(Object... values) {
    return Arrays.stream(values).map(Csv::field).collect(Collectors.joining(","));
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text; // a spreadsheet must not run it as a formula
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
