package org.inforights.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pictures in {@code docs/diagrams/} are what analysts and managers look at first: each must
 * show its model as it is now. {@link DiagramImages} records the hash of every model it draws; a
 * model changed since names itself here with the command that redraws it.
 */
class DiagramsCurrentTest {

  @Test
  void everyModelsPictureWasDrawnFromTheModelAsItIsNow() throws IOException {
    Map<String, String> drawn = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DiagramImages.SOURCES)) {
      if (!line.isBlank()) {
        drawn.put(line.substring(66), line.substring(0, 64));
      }
    }
    List<Path> models;
    try (Stream<Path> files = Files.list(DiagramImages.PROCESSES)) {
      models = files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList();
    }
    for (Path model : models) {
      String name = model.toString().replace('\\', '/');
      assertThat(drawn.get(name))
          .as(name + " has changed since its picture in docs/diagrams/ was drawn: run ./mvnw -Pdiagrams process-test-classes")
          .isEqualTo(DiagramImages.sha256(model));
    }
  }

  @Test
  void drawingAnUnchangedModelAgainChangesNoByte() {
    String drawn = "<path style=\"marker-end: url('#marker-c45awrloucwt0b8atnyzffp5v');\"/><marker id=\"marker-c45awrloucwt0b8atnyzffp5v\"/>"
        + "<marker id=\"marker-8kw3nuxe9c5f3vpst81096tio\"/>";
    assertThat(DiagramImages.numberedMarkers(drawn)).isEqualTo(
        "<path style=\"marker-end: url('#marker-1');\"/><marker id=\"marker-1\"/><marker id=\"marker-2\"/>");
  }
}
