package cn.gov.lyg.enforcement.benchmark.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LawRefTest {

    private final LawRef art42 = LawRef.of("城市道路管理条例", "42");

    @Test
    void aChangeOfTheArticleOrOfTheWholeLawReachesTheReference() {
        assertThat(art42.cites("城市道路管理条例", "42")).isTrue();
        assertThat(art42.cites(" 城市道路管理条例 ", "Art. 42")).isTrue();
        assertThat(art42.cites("城市道路管理条例", null)).as("the whole law").isTrue();
        assertThat(art42.cites("城市道路管理条例", " ")).as("the whole law").isTrue();
    }

    @Test
    void anotherArticleOrAnotherLawDoesNot() {
        assertThat(art42.cites("城市道路管理条例", "43")).isFalse();
        assertThat(art42.cites("城市市容和环境卫生管理条例", "42")).isFalse();
        assertThat(art42.cites("城市市容和环境卫生管理条例", null)).isFalse();
        assertThat(art42.cites(null, "42")).isFalse();
    }

    @Test
    void articlesInChineseNumeralsCompareWithArabicOnes() {
        assertThat(art42.cites("城市道路管理条例", "第四十二条")).isTrue();
        assertThat(LawRef.of("中华人民共和国食品安全法", "第一百二十二条").article()).isEqualTo("122");
        assertThat(LawRef.of("中华人民共和国食品安全法", "第一百零五条").article()).isEqualTo("105");
        assertThat(LawRef.of("某条例", "第十条").article()).isEqualTo("10");
        assertThat(LawRef.of("某条例", "第3条").article()).isEqualTo("3");
        assertThat(LawRef.of("某条例", "第十二条之一").article()).as("not a plain number: kept").isEqualTo("第十二条之一");
        assertThat(art42.cites("城市道路管理条例", "第四十三条")).isFalse();
    }
}
