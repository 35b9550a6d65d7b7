package cn.gov.lyg.enforcement.platform.test.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The eligibility contract between personnel (the owner of "may this officer enforce?") and inspection (which answers
 * it from a projection of personnel's events): ONE table of officer histories ({@code contracts/officer-eligibility.json})
 * with the verdict and reasons both must give, and the events personnel publishes for each history
 * ({@code contracts/officer-eligibility-events.json}, recorded by personnel's contract test, replayed by inspection's).
 *
 * <p>Personnel's test runs the histories through its aggregates and eligibility rules, checks the verdicts, and checks
 * that the recorded events are exactly the ones its aggregates publish now (regenerate with
 * {@code -Dcontract.update=true} after a deliberate change). Inspection's test feeds the recorded events to its
 * consumer and asks its projection the same questions. Random ids in the events are replaced by stable ones
 * ({@link #stableIds}), so the recording is reproducible.
 */
public final class OfficerEligibilityContract {

    public static final String TABLE = "contracts/officer-eligibility.json";
    public static final String EVENTS = "contracts/officer-eligibility-events.json";
    /** Where personnel's test writes the recording, relative to a service module's directory. */
    public static final Path EVENTS_SOURCE = Path.of("../platform/platform-test/src/main/resources", EVENTS);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private OfficerEligibilityContract() {
    }

    /** An agency of the table. */
    public record Agency(String code, String region) {
    }

    /** One personnel command on a day ({@code do}: register, issue, suspend, ...) with its arguments. */
    public record Step(LocalDate on, String action, JsonNode args) {

        public String text(String name) {
            JsonNode v = args.get(name);
            return v == null || v.isNull() ? null : v.asString();
        }

        public LocalDate date(String name) {
            String v = text(name);
            return v == null ? null : LocalDate.parse(v);
        }

        public List<String> list(String name) {
            List<String> out = new ArrayList<>();
            args.path(name).forEach(v -> out.add(v.asString()));
            return out;
        }
    }

    /** One question and the answer both services must give. */
    public record Check(LocalDate date, String domain, String region, boolean assignable, List<String> reasons) {
    }

    /** One history: the commands in order and the questions. */
    public record History(String name, List<Step> steps, List<Check> checks) {
    }

    /** One event as personnel publishes it: CloudEvent type, topic, key and the JSON data. */
    public record Message(String type, String topic, String key, JsonNode payload) {
    }

    /** The recording of one history: the officer's id and the events in publication order. */
    public record Recording(String history, String officerId, List<Message> messages) {
    }

    public static Map<String, Agency> agencies() {
        Map<String, Agency> out = new LinkedHashMap<>();
        read(TABLE).path("agencies").properties().forEach(e -> out.put(e.getKey(),
                new Agency(e.getValue().path("code").asString(), e.getValue().path("region").asString())));
        return out;
    }

    public static List<History> histories() {
        List<History> out = new ArrayList<>();
        for (JsonNode h : read(TABLE).path("histories")) {
            List<Step> steps = new ArrayList<>();
            h.path("steps").forEach(s -> steps.add(new Step(LocalDate.parse(s.path("on").asString()),
                    s.path("do").asString(), s)));
            List<Check> checks = new ArrayList<>();
            h.path("checks").forEach(c -> {
                List<String> reasons = new ArrayList<>();
                c.path("reasons").forEach(r -> reasons.add(r.asString()));
                checks.add(new Check(LocalDate.parse(c.path("date").asString()), text(c, "domain"),
                        text(c, "region"), c.path("assignable").asBoolean(), List.copyOf(reasons)));
            });
            out.add(new History(h.path("name").asString(), List.copyOf(steps), List.copyOf(checks)));
        }
        return out;
    }

    /** The recorded events, by history name. */
    public static Map<String, Recording> recordings() {
        Map<String, Recording> out = new LinkedHashMap<>();
        for (JsonNode r : JSON.readTree(recordedJson()).path("histories")) {
            List<Message> messages = new ArrayList<>();
            r.path("messages").forEach(m -> messages.add(new Message(m.path("type").asString(),
                    m.path("topic").asString(), m.path("key").asString(), m.path("payload"))));
            out.put(r.path("name").asString(), new Recording(r.path("name").asString(),
                    r.path("officerId").asString(), List.copyOf(messages)));
        }
        return out;
    }

    /** The recording as JSON text (the file's format). */
    public static String toJson(List<Recording> recordings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("about", "Recorded by personnel-service's EligibilityContractTest from its aggregates for the "
                + "histories of officer-eligibility.json; replayed by inspection-service's EligibilityContractIT. "
                + "Do not edit: regenerate with -Dcontract.update=true.");
        ArrayNode histories = root.putArray("histories");
        for (Recording r : recordings) {
            ObjectNode h = histories.addObject().put("name", r.history()).put("officerId", r.officerId());
            ArrayNode messages = h.putArray("messages");
            for (Message m : r.messages()) {
                messages.addObject().put("type", m.type()).put("topic", m.topic()).put("key", m.key())
                        .set("payload", m.payload());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** The committed recording as text (the source file when run inside the repository), to compare with a fresh one. */
    public static String recordedJson() {
        try {
            if (Files.exists(EVENTS_SOURCE)) {
                return Files.readString(EVENTS_SOURCE, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = resource(EVENTS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a fresh recording into the source tree (from a service module's directory). */
    public static void write(String json) {
        try {
            Files.writeString(EVENTS_SOURCE, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces every UUID in {@code text} by a stable one derived from {@code scope} and the order in which the UUIDs
     * first appear (the same UUID always gets the same replacement within one call).
     */
    public static String stableIds(String scope, String text, Map<String, String> seen) {
        Matcher m = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = seen.computeIfAbsent(m.group(), id -> UUID.nameUUIDFromBytes(
                    (scope + "#" + seen.size()).getBytes(StandardCharsets.UTF_8)).toString());
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static JsonNode read(String location) {
        try (InputStream in = resource(location)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String location) {
        InputStream in = OfficerEligibilityContract.class.getClassLoader().getResourceAsStream(location);
        if (in == null) {
            throw new IllegalStateException("no " + location + " on the classpath (platform-test)");
        }
        return in;
    }
}
