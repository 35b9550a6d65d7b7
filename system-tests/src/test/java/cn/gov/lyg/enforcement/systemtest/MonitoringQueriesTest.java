package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Offline (no stack): the metric names extracted from the dashboards and alert rules, and their comparison with the
 * names recorded from real scrapes in deploy/monitoring/observed-metrics.txt. The live comparison is
 * {@link MonitoringSystemIT}.
 */
class MonitoringQueriesTest {

    @Test
    void extractsMetricNamesButNotFunctionsLabelsOrDurations() {
        assertThat(MonitoringQueries.metricNames(
                "histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket"
                        + "{application=\"$application\", uri!~\"/actuator.*\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(MonitoringQueries.metricNames(
                "(time() - process_start_time_seconds{application=\"personnel\"} > 26 * 3600) unless on (instance) "
                        + "(x_total - x_total offset 26h > 0 or (y_count unless y_count offset 26h))"))
                .containsExactlyInAnyOrder("process_start_time_seconds", "x_total", "y_count");
        assertThat(MonitoringQueries.metricNames("sum(a_total) by (application) / ignoring(le) sum without (uri) (b)"
                + " and max_over_time(c[5m]) > bool 0.5e3"))
                .containsExactlyInAnyOrder("a_total", "b", "c");
    }

    @Test
    void everyDashboardAndRuleIsFoundWithItsMetrics() {
        Map<String, String> expressions = MonitoringQueries.expressions(MonitoringQueries.repositoryRoot());
        assertThat(expressions.keySet()).anyMatch(k -> k.startsWith("gateway.json: "))
                .anyMatch(k -> k.startsWith("services.json: ")).anyMatch(k -> k.startsWith("events.json: "))
                .anyMatch(k -> k.startsWith("readmodels.json: ")).anyMatch(k -> k.startsWith("jobs.yml: "))
                .anyMatch(k -> k.equals("availability.yml: EnforcementServiceDown"));
        // no empty query, and every query names at least one metric
        assertThat(expressions).allSatisfy((where, expr) ->
                assertThat(MonitoringQueries.metricNames(expr)).as(where).isNotEmpty());
    }

    @Test
    void everyMetricOfADashboardOrRuleWasSeenInARealScrape() throws IOException {
        Path root = MonitoringQueries.repositoryRoot();
        Set<String> observed = Files.readAllLines(root.resolve("deploy/monitoring/observed-metrics.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        Map<String, Set<String>> unknown = new TreeMap<>(MonitoringQueries.usedMetrics(root));
        unknown.keySet().removeAll(observed);
        unknown.keySet().removeAll(MonitoringQueries.PROMETHEUS_SERIES);
        assertThat(unknown).as("metrics used by dashboards or rules but never exposed by a service").isEmpty();
    }
}
