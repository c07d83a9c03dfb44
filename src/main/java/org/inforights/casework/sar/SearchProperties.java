package org.inforights.casework.sar;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a subject access request's search plan looks ({@code casework.search.places}): every place
 * the council keeps children's records, current and past, so the plan can show a reasonable and
 * proportionate search (UK GDPR Art 15(1A) as inserted by the Data (Use and Access) Act 2025).
 * Each place has a code (what the API records) and the words the requester reads.
 */
@ConfigurationProperties("casework.search")
record SearchProperties(List<Place> places) {

  record Place(String code, String label) {}

  SearchProperties {
    if (places == null || places.isEmpty()) {
      throw new IllegalArgumentException("casework.search.places must list at least one place records are kept");
    }
    Set<String> codes = new HashSet<>();
    for (Place place : places) {
      if (place.code() == null || !place.code().matches("[A-Z][A-Z0-9_]{0,63}")
          || place.label() == null || place.label().isBlank()) {
        throw new IllegalArgumentException(
            "casework.search.places: each place needs a code (capitals, digits, _) and a label");
      }
      if (!codes.add(place.code())) {
        throw new IllegalArgumentException("casework.search.places: " + place.code() + " is listed twice");
      }
    }
    places = List.copyOf(places);
  }

  Place place(String code) {
    return places.stream().filter(place -> place.code().equals(code)).findFirst().orElse(null);
  }
}
