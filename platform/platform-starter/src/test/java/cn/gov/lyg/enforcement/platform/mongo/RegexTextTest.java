package cn.gov.lyg.enforcement.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexTextTest {

    @Test
    void metacharactersMatchThemselves() {
        String text = "连云港(海州)区.局+[1]";
        assertThat(Pattern.compile(RegexText.literal(text)).matcher("市" + text + "办").find()).isTrue();
        assertThat(Pattern.compile(RegexText.literal("a.b")).matcher("axb").find()).isFalse();
    }
}
