package cn.gov.lyg.enforcement.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = ProblemTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyTextIsInChineseAndEnglish() throws IOException {
        Properties zh = bundle("platform/problems.properties");
        Properties en = bundle("platform/problems_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (PlatformProblem problem : PlatformProblem.values()) {
            assertThat(zh).as(problem.code()).containsKey(problem.code());
            assertThat(zh).containsKey("problem.title." + problem.status());
        }
    }

    @Test
    void chineseByDefaultEnglishOnRequest() {
        assertThat(ProblemTexts.locale(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ProblemTexts.locale("zh-CN,en;q=0.5")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ProblemTexts.locale("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        Locale defaultLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(ProblemTexts.title(404, Locale.SIMPLIFIED_CHINESE)).as("no fallback to the JVM locale")
                    .isEqualTo("资源不存在");
        } finally {
            Locale.setDefault(defaultLocale);
        }
        assertThat(ProblemTexts.title(404, Locale.ENGLISH)).isEqualTo("Not found");
    }

    @Test
    void detailsAreFormattedAndEntitiesLocalized() {
        assertThat(ProblemTexts.detail("NOT_FOUND", Locale.SIMPLIFIED_CHINESE, "resource", "/api/x"))
                .isEqualTo("未找到资源：/api/x。");
        assertThat(ProblemTexts.detail("SERVICE_UNAVAILABLE.named", Locale.ENGLISH, "catalog"))
                .contains("(catalog)");
        assertThat(ProblemTexts.detail("INVALID_PARAMETER", Locale.ENGLISH)).contains("{0}");
        assertThat(ProblemTexts.detail("NO_SUCH_KEY", Locale.ENGLISH)).isEqualTo("NO_SUCH_KEY");
        assertThat(PlatformProblem.RATE_LIMITED.type()).isEqualTo("https://enforcement.lyg.gov.cn/problems/rate-limited");
    }
}
