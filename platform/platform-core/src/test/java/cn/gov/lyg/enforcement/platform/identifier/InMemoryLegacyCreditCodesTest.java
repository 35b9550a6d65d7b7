package cn.gov.lyg.enforcement.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryLegacyCreditCodesTest {

  @Test
  void shippedWhitelistContainsTheDomainExample() {
    assertThat(LegacyCreditCodes.classpathDefault().contains("91350203M0001QAY9B")).isTrue();
    assertThat(LegacyCreditCodes.classpathDefault().contains("91320706MA1XK7C380")).isFalse();
    assertThat(LegacyCreditCodes.classpathDefault().contains(null)).isFalse();
  }

  @Test
  void readsCodesIgnoringCommentsBlankLinesAndTrailingText() {
    String text = "# header\n\n 91350203m0001qay9b  some note\n91320706MA1XK7C380\n";

    InMemoryLegacyCreditCodes codes = InMemoryLegacyCreditCodes.load(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");

    assertThat(codes.codes()).containsExactlyInAnyOrder("91350203M0001QAY9B", "91320706MA1XK7C380");
    assertThat(codes.contains("91350203M0001QAY9B")).isTrue();
  }

  @Test
  void rejectsMalformedEntries() {
    assertThatThrownBy(() -> InMemoryLegacyCreditCodes.load(
        new ByteArrayInputStream("9135020M0001QAY9B\n".getBytes(StandardCharsets.UTF_8)), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test:1");
    assertThatThrownBy(() -> InMemoryLegacyCreditCodes.of(List.of("91350203M0001QAY9I")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noneContainsNothing() {
    assertThat(LegacyCreditCodes.none().contains("91350203M0001QAY9B")).isFalse();
  }
}
