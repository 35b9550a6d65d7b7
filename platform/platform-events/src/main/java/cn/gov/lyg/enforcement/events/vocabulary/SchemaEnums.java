package cn.gov.lyg.enforcement.events.vocabulary;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventCatalog;
import cn.gov.lyg.enforcement.events.EventContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code enum} lists of the event JSON Schemas, so that a Java enum can be tested against the contract:
 * {@link #all()} finds every enumeration of every event schema, keyed by schema location and JSON pointer
 * (e.g. {@code schemas/personnel/agency-registered.v1.json#/$defs/agency/properties/domains/items}).
 */
public final class SchemaEnums {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaEnums() {
    }

    /** Every enumeration of every event schema, keyed by {@code <schema location>#<JSON pointer>}. */
    public static Map<String, Set<String>> all() {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (Class<? extends DomainEvent> event : EventCatalog.all()) {
            String location = EventContracts.of(event).schema();
            collect(read(location), "", location, found);
        }
        return found;
    }

    /** The values of the enumeration at a JSON pointer of one schema. */
    public static Set<String> at(String schemaLocation, String pointer) {
        JsonNode values = read(schemaLocation).at(pointer).get("enum");
        if (values == null) {
            throw new IllegalArgumentException("no enum at " + schemaLocation + "#" + pointer);
        }
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.asString()));
        return out;
    }

    /** The union of the enumerations whose key ends with the given pointer suffix (e.g. {@code /domains/items}). */
    public static Set<String> union(String pointerSuffix) {
        return all().entrySet().stream().filter(e -> e.getKey().endsWith(pointerSuffix))
                .flatMap(e -> e.getValue().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The constant names of an enum type, in declaration order. */
    public static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void collect(JsonNode node, String pointer, String location, Map<String, Set<String>> found) {
        if (node.isObject()) {
            JsonNode values = node.get("enum");
            if (values != null && values.isArray()) {
                Set<String> set = new LinkedHashSet<>();
                values.forEach(v -> set.add(v.asString()));
                found.put(location + "#" + pointer, set);
            }
            List<String> names = new ArrayList<>(node.propertyNames());
            for (String name : names) {
                collect(node.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), location, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, location, found);
            }
        }
    }

    private static JsonNode read(String location) {
        try (InputStream in = SchemaEnums.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalArgumentException("no JSON Schema on the classpath at " + location);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
