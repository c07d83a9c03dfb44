package org.inforights.casework.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wording for deadline explanations. Always English abbreviations ("Sep", not the "Sept" of the
 * en-GB locale data, nor another language), whatever the server's default locale.
 */
final class ExplanationText {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

  private static final String[] NUMBER_WORDS = {
      "zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve"};

  private ExplanationText() {
  }

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

  /** e.g. "Sat 5 Dec 2026 19:30": a day and a time, for targets counted in hours. */
  static String moment(java.time.LocalDateTime moment) {
    return MOMENT.format(moment);
  }

  /** e.g. "Sat 31 Jan 2026". */
  static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** e.g. "one month", "three months", "one year and two months", "20 days". */
  static String period(Period period) {
    List<String> parts = new ArrayList<>();
    addPart(parts, period.getYears(), "year");
    addPart(parts, period.getMonths(), "month");
    addPart(parts, period.getDays(), "day");
    if (parts.isEmpty()) {
      return "no time";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** e.g. "1 day", "6 days". */
  static String days(int count) {
    return count + (count == 1 ? " day" : " days");
  }

  private static void addPart(List<String> parts, int count, String unit) {
    if (count != 0) {
      String number = count > 0 && count < NUMBER_WORDS.length ? NUMBER_WORDS[count] : Integer.toString(count);
      parts.add(number + " " + unit + (count == 1 ? "" : "s"));
    }
  }
}
