package cn.gov.lyg.enforcement.platform.config;

import cn.gov.lyg.enforcement.platform.problem.ProblemExceptionHandler;
import cn.gov.lyg.enforcement.platform.problem.ProblemFactory;
import cn.gov.lyg.enforcement.platform.problem.ProblemResponseWriter;
import cn.gov.lyg.enforcement.platform.web.ProblemErrorController;
import cn.gov.lyg.enforcement.platform.web.TraceContextFilter;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.identifier.IdentifierConstraintSettings;
import java.time.Clock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Core of the platform starter: properties, the Asia/Shanghai clock (DESIGN.md §7: all code reads time from it),
 * problem details for every error path and the trace-context filter (the OpenAPI description: {@code apidocs}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformCoreAutoConfiguration {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(SHANGHAI);
    }

    /** Bean Validation constraints (@ValidCitizenId and friends) use the application's clock. */
    @Bean
    public SmartInitializingSingleton identifierConstraintClock(Clock clock) {
        return () -> IdentifierConstraintSettings.useClock(clock);
    }

    /** One running export per user ({@code StreamingExport}). */
    @Bean
    @ConditionalOnMissingBean
    public cn.gov.lyg.enforcement.platform.web.ExportSlots exportSlots(Clock clock) {
        return new cn.gov.lyg.enforcement.platform.web.ExportSlots(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.defaultCalendar();
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemFactory problemFactory(MessageSource messageSource) {
        return new ProblemFactory(messageSource);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemResponseWriter problemResponseWriter(ProblemFactory problems, JsonMapper json) {
        return new ProblemResponseWriter(problems, json);
    }

    @Bean
    public ProblemExceptionHandler problemExceptionHandler(ProblemFactory problems) {
        return new ProblemExceptionHandler(problems);
    }

    @Bean
    public ProblemErrorController problemErrorController(ProblemFactory problems) {
        return new ProblemErrorController(problems);
    }

    @Bean
    public FilterRegistrationBean<TraceContextFilter> traceContextFilter() {
        FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
