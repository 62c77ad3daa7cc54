package org.coregroup.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WordsTest {

  private final Words words = new Words(null);

  @Test
  @DisplayName("Words for forms: dates in words; an agency by its name")
  void datesAndAgencies() {
    assertThat(words.day("2025-04-17")).isEqualTo("Thursday 17 April 2025");
    assertThat(words.day(null)).isEmpty();
    assertThat(words.agency("education")).isEqualTo("Education");
  }

  @Test
  @DisplayName("Finding 10: a name shown in a form's Markdown text cannot become a link or markup")
  void namesAreNotMarkup() {
    assertThat(Words.plain("[Click here](https://evil.example)")).isEqualTo("\\[Click here\\]\\(https://evil\\.example\\)");
    assertThat(Words.plain("<img src=x> *bold*")).isEqualTo("\\<img src=x\\> \\*bold\\*");
    assertThat(Words.plain("Sarah Social")).isEqualTo("Sarah Social");
    assertThat(words.agency("[police](https://evil.example)")).startsWith("\\[police\\]\\(");
    // a child's name as typed at the conference, shown in the exit plan and transfer forms' headings
    assertThat(words.name("Amy [Example](https://evil.example)")).isEqualTo("Amy \\[Example\\]\\(https://evil\\.example\\)");
    assertThat(words.name(null)).isEmpty();
  }
}
