package org.inforights.casework.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What intake knows about a new disclosure request: the children it names (it has no subject) and
 * the internal target routing gave it. A null received date means today.
 */
public record NewDisclosure(
    LocalDate receivedOn,
    String channel,
    Requester requester,
    List<Child> children,
    String description,
    InternalTarget target) {

  public NewDisclosure {
    children = children == null ? List.of() : List.copyOf(children);
    Objects.requireNonNull(target, "a disclosure request runs on an internal target");
  }
}
