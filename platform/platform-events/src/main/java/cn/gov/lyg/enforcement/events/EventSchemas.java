package cn.gov.lyg.enforcement.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Validates event payloads against the JSON Schemas shipped in this module (draft 2020-12).
 * Producers are tested against them; consumers may validate incoming payloads and send invalid ones to the DLT.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** @return the violations, empty when the payload is valid. */
    public static List<String> validate(String schemaLocation, JsonNode payload) {
        Schema schema = CACHE.computeIfAbsent(schemaLocation, EventSchemas::load);
        return schema.validate(payload).stream().map(Error::toString).toList();
    }

    public static List<String> validate(Class<? extends DomainEvent> eventClass, JsonNode payload) {
        return validate(EventContracts.of(eventClass).schema(), payload);
    }

    private static Schema load(String location) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalArgumentException("no JSON Schema on the classpath at " + location);
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
