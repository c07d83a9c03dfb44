package org.inforights.casework.caseprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessListsTest {

  private final ProcessLists lists = new ProcessLists();

  @Test
  void aListIsKeptAsReadableTextAndSplitBackInOrder() {
    String text = ProcessLists.join(List.of("Children's social care case management", "Early help", "Youth justice"));

    assertThat(text).isEqualTo("Children's social care case management; Early help; Youth justice");
    assertThat(lists.split(text)).containsExactly("Children's social care case management", "Early help", "Youth justice");
  }

  @Test
  void anAnalystsHandWrittenListIsForgivenItsSpacing() {
    assertThat(lists.split(" ig-officers ;ig-managers;; dpo ")).containsExactly("ig-officers", "ig-managers", "dpo");
    assertThat(lists.split("")).isEmpty();
    assertThat(lists.split(null)).isEmpty();
  }

  @Test
  void aListObjectOfACaseRegisteredBeforeListsWereTextStillWorks() {
    assertThat(lists.split(new ArrayList<>(List.of("Mosaic", "Early help")))).containsExactly("Mosaic", "Early help");
  }

  @Test
  void anItemThatWouldSplitInTwoOrVanishIsRefused() {
    assertThatThrownBy(() -> ProcessLists.join(List.of("Education; SEND")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Education; SEND");
    assertThatThrownBy(() -> ProcessLists.join(List.of("Early help", " "))).isInstanceOf(IllegalArgumentException.class);
  }
}
