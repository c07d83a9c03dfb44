package org.inforights.casework.caseprocess;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.inforights.casework.platform.modelrules.ModelBean;

/**
 * Lists a process iterates over (the records systems a SAR searches, the groups that approve a
 * disclosure) kept in a process variable as readable text, {@code "Early help; Youth justice"},
 * and split back by the model's multi-instance: {@code camunda:collection="${processLists.split(recordsSystems)}"}.
 *
 * <p>Text, not a list object: Camunda would store a list as a serialized Java object, which Cockpit
 * cannot show an analyst, and every copy of it in runtime and history is a database blob written
 * on each case.
 */
@ModelBean("processLists")
public class ProcessLists {

  /** Between the items of a list; an item cannot contain it. */
  public static final String SEPARATOR = "; ";

  /** The text of a list of items, none blank, none containing {@link #SEPARATOR}'s semicolon. */
  public static String join(Collection<String> items) {
    for (String item : items) {
      if (item == null || item.isBlank() || item.contains(";")) {
        throw new IllegalArgumentException("A process list item must not be blank or contain ';': " + item);
      }
    }
    return String.join(SEPARATOR, items);
  }

  /**
   * The items of a list's text. A list object (a case registered before lists were text) is
   * taken as it is.
   */
  public List<String> split(Object list) {
    if (list instanceof Collection<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    if (list == null || list.toString().isBlank()) {
      return List.of();
    }
    return Arrays.stream(list.toString().split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
  }
}
