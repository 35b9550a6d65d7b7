package cn.gov.lyg.enforcement.systemtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plausible values for OpenAPI schemas (what the generated suites send before breaking them). */
final class Values {

    static final String AGENCY = "11320706300200020C";
    static final String USCC = "91320706MA1XK7C38L";

    private Values() {
    }

    /** A plausible query/path value for a parameter. */
    static String sample(Map<String, Object> schema, String name) {
        Object value = sampleJson(schema, name, null, 0);
        return value == null ? "x" : String.valueOf(value);
    }

    /** A plausible JSON value (maps, lists, strings, numbers, booleans) for a resolved or unresolved schema. */
    @SuppressWarnings("unchecked")
    static Object sampleJson(Map<String, Object> schema, String name, ApiOperations.Operation op, int depth) {
        Map<String, Object> s = op == null ? schema : op.resolve(schema);
        if (s == null) {
            return "x";
        }
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        if (s.get("oneOf") instanceof List<?> options && !options.isEmpty()) {
            return sampleJson((Map<String, Object>) options.get(0), name, op, depth + 1);
        }
        String type = typeOf(s);
        String format = String.valueOf(s.get("format"));
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        switch (type) {
            case "integer":
                return n.equals("page") ? 0 : n.contains("year") ? 2025 : 1;
            case "number":
                return n.contains("amount") || n.contains("fine") ? "100.00" : 1;
            case "boolean":
                return true;
            case "array":
                if (depth > 4) {
                    return List.of();
                }
                List<Object> list = new ArrayList<>();
                list.add(sampleJson((Map<String, Object>) s.getOrDefault("items", Map.of()), name, op, depth + 1));
                return list;
            case "object":
                if (depth > 4) {
                    return Map.of();
                }
                Map<String, Object> object = new LinkedHashMap<>();
                Map<String, Object> properties = (Map<String, Object>) s.getOrDefault("properties", Map.of());
                properties.forEach((key, value) -> object.put(key,
                        sampleJson((Map<String, Object>) value, key, op, depth + 1)));
                return object;
            default:
                if (format.equals("date")) {
                    return "2025-06-01";
                }
                if (format.equals("date-time")) {
                    return "2025-06-01T08:00:00+08:00";
                }
                if (n.contains("agencycode")) {
                    return AGENCY;
                }
                if (n.contains("regioncode")) {
                    return "320706";
                }
                if (n.contains("uscc") || n.contains("creditcode")) {
                    return USCC;
                }
                if (n.equals("date") || n.endsWith("date") || n.equals("asof") || n.endsWith("on")) {
                    return "2025-06-01";
                }
                return "x";
        }
    }

    /** The schema's type (OpenAPI 3.1 allows a list such as {@code ["string", "null"]}). */
    static String typeOf(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        if (type == null) {
            return schema.containsKey("properties") ? "object" : schema.containsKey("items") ? "array" : "string";
        }
        return String.valueOf(type);
    }
}
