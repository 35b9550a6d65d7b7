package cn.gov.lyg.enforcement.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The PromQL of the operations files (Grafana dashboards under {@code deploy/monitoring/grafana/dashboards}, alert
 * rules under {@code deploy/monitoring/prometheus/rules}) and the metric names it uses.
 */
final class MonitoringQueries {

    /** Prometheus-side series that no JVM exposes. */
    static final Set<String> PROMETHEUS_SERIES = Set.of("up");

    /**
     * Metrics that a JVM exposes only after something happened that a test cannot (or should not) cause on the
     * shared stack; documented in docs/runbooks.md ("Metrics that appear late").
     */
    static final Map<String, String> APPEAR_LATE = Map.of(
            "tasks_scheduled_execution_seconds_count",
            "personnel: recorded by the first nightly run (00:30 Asia/Shanghai) after a start",
            "gateway_fallbacks_total",
            "gateway: registered with the first fallback answer (a service down, failing or too slow)");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    /** An identifier not inside a word or number and not called like a function. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan", "Inf", "NaN", "atan2");

    private MonitoringQueries() {
    }

    /** The metric names one PromQL expression selects. */
    static Set<String> metricNames(String promql) {
        String s = STRING.matcher(promql).replaceAll(" ");
        s = MATCHERS.matcher(s).replaceAll(" ");
        s = RANGES.matcher(s).replaceAll(" ");
        s = GROUPING.matcher(s).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            if (!KEYWORDS.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Every expression of the repository's dashboards and rules, keyed by where it is ("file: panel/alert"). */
    static Map<String, String> expressions(Path root) {
        Map<String, String> all = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (Path file : files(root.resolve("deploy/monitoring/grafana/dashboards"), ".json")) {
            JsonNode dashboard = json.readTree(read(file));
            List<JsonNode> panels = new ArrayList<>();
            dashboard.path("panels").forEach(panels::add);
            dashboard.path("panels").forEach(p -> p.path("panels").forEach(panels::add)); // collapsed rows
            for (JsonNode panel : panels) {
                int i = 0;
                for (JsonNode target : panel.path("targets")) {
                    all.put(file.getFileName() + ": " + panel.path("title").asString() + " #" + i++,
                            target.path("expr").asString());
                }
            }
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                String query = variable.path("query").path("query").asString();
                // label_values(metric, label)
                Matcher m = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)").matcher(query);
                if (m.find()) {
                    all.put(file.getFileName() + ": variable " + variable.path("name").asString(), m.group(1));
                }
            }
        }
        YAMLMapper yaml = YAMLMapper.builder().build();
        for (Path file : files(root.resolve("deploy/monitoring/prometheus/rules"), ".yml")) {
            for (JsonNode group : yaml.readTree(read(file)).path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    String name = rule.has("alert") ? rule.path("alert").asString() : rule.path("record").asString();
                    all.put(file.getFileName() + ": " + name, rule.path("expr").asString());
                }
            }
        }
        return all;
    }

    /** Metric name → where it is used. */
    static Map<String, Set<String>> usedMetrics(Path root) {
        Map<String, Set<String>> used = new TreeMap<>();
        expressions(root).forEach((where, expr) -> metricNames(expr)
                .forEach(name -> used.computeIfAbsent(name, k -> new TreeSet<>()).add(where)));
        return used;
    }

    /** Metric names of a Prometheus text exposition (sample lines only). */
    static Set<String> exposedNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize();
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
