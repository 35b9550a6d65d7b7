package cn.gov.lyg.enforcement.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemCodesTest {

    @Test
    void ruleCodesInMessagesWinOverConstraintNames() {
        assertThat(ProblemExceptionHandler.codeOf("USCC_CHECKSUM", "ValidUscc", false)).isEqualTo("USCC_CHECKSUM");
        assertThat(ProblemExceptionHandler.codeOf("must not be null", "NotNull", false)).isEqualTo("FIELD_REQUIRED");
        assertThat(ProblemExceptionHandler.codeOf("size must be between", "Size", false)).isEqualTo("FIELD_LENGTH");
        assertThat(ProblemExceptionHandler.codeOf(null, null, true)).isEqualTo("INVALID_FIELD_VALUE");
        assertThat(ProblemExceptionHandler.codeOf("x", "Whatever", false)).isEqualTo("FIELD_INVALID");
    }

    @Test
    void problemsAreLocalizedAndCarryTheExtensions() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("platform/problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ProblemFactory factory = new ProblemFactory(messages);

        ProblemDetail zh = factory.create(HttpStatus.CONFLICT, "VERSION_CONFLICT", null,
                List.of(FieldViolation.of("version", "VERSION_CONFLICT")), Map.of("currentVersion", 3), "/x",
                Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getTitle()).isEqualTo("状态冲突");
        assertThat(zh.getDetail()).contains("已被他人修改");
        assertThat(zh.getType().toString()).endsWith("/problems/version-conflict");
        assertThat(zh.getProperties()).containsEntry("code", "VERSION_CONFLICT").containsEntry("currentVersion", 3)
                .containsKey("traceId");

        ProblemDetail en = factory.create(HttpStatus.CONFLICT, "VERSION_CONFLICT", null, List.of(), null, "/x",
                Problems.locale("en-GB,en;q=0.9"));
        assertThat(en.getTitle()).isEqualTo("Conflict");
        assertThat(Problems.locale((String) null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Problems.locale("zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aDeadlineInAYearWithoutHolidayDataIsA422NotA500() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("platform/problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ProblemExceptionHandler handler = new ProblemExceptionHandler(new ProblemFactory(messages));
        org.springframework.mock.web.MockHttpServletRequest request =
                new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/x");
        request.addHeader("Accept-Language", "en");

        var response = handler.calendarYearNotLoaded(
                new cn.gov.lyg.enforcement.platform.calendar.CalendarYearNotLoadedException(2027), request);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = (Map<String, Object>) response.getBody();
        assertThat(problem).containsEntry("code", "CALENDAR_YEAR_NOT_LOADED").containsEntry("status", 422);
        assertThat((String) problem.get("detail")).contains("2027").doesNotContain("{0}");
    }

    @Test
    void traceparentsAreParsedAndMalformedOnesIgnored() {
        assertThat(TraceIds.traceIdOf("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .contains("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(TraceIds.traceIdOf("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceIds.traceIdOf("garbage")).isEmpty();
        assertThat(TraceIds.traceparent()).matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-01$");
    }
}
