package org.inforights.casework.report;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 lines: every value quoted when it must be, nulls empty, formulas neutralised. */
final class Csv {

  private Csv() {}

  static String line(Object... values) {
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
