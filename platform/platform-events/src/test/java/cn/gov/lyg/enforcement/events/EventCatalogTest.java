package cn.gov.lyg.enforcement.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every event record has a well-formed contract, a schema that loads, and a place in the committed AsyncAPI file. */
class EventCatalogTest {

    private static final Pattern TYPE = Pattern.compile("^cn\\.gov\\.lyg\\.enforcement\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v\\d+$");
    private static final Path ASYNCAPI = Path.of("src/main/resources/asyncapi.yaml");

    static Set<String> topics() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("DLT_SUFFIX")) {
                names.add((String) field.get(null));
            }
        }
        return Set.copyOf(names);
    }

    @Test
    void everyEventHasAWellFormedContractAndALoadableSchema() throws Exception {
        List<Class<? extends DomainEvent>> events = EventCatalog.all();
        assertThat(events).isNotEmpty();
        Set<String> topics = topics();
        JsonMapper json = JsonMapper.builder().build();
        for (Class<? extends DomainEvent> event : events) {
            EventContract contract = EventContracts.of(event);
            assertThat(contract.type()).as(event.getName()).matches(TYPE);
            assertThat(topics).as(event.getName()).contains(contract.topic());
            assertThat(contract.topic()).as("the topic belongs to the producing context")
                    .startsWith(contract.type().split("\\.")[4] + ".");
            // the schema loads and rejects an empty object (every payload has required members)
            assertThat(EventSchemas.validate(contract.schema(), json.createObjectNode())).as(contract.schema()).isNotEmpty();
        }
        assertThat(events.stream().map(e -> EventContracts.of(e).type()).distinct()).hasSameSizeAs(events);
    }

    @Test
    void earlierVersionsAreTheSameEventWithALowerVersionAndTheirOwnSchema() {
        JsonMapper json = JsonMapper.builder().build();
        Set<String> allTypes = new java.util.HashSet<>();
        for (Class<? extends DomainEvent> event : EventCatalog.all()) {
            EventContract contract = EventContracts.of(event);
            String stem = contract.type().substring(0, contract.type().lastIndexOf(".v"));
            int current = Integer.parseInt(contract.type().substring(contract.type().lastIndexOf(".v") + 2));
            assertThat(allTypes.add(contract.type())).as(contract.type()).isTrue();
            int last = 0;
            for (EventVersion v : contract.previous()) {
                assertThat(v.type()).as(event.getName()).matches(TYPE).startsWith(stem + ".v");
                int n = Integer.parseInt(v.type().substring(v.type().lastIndexOf(".v") + 2));
                assertThat(n).as("earlier versions are listed oldest first, below the current one")
                        .isGreaterThan(last).isLessThan(current);
                last = n;
                assertThat(v.schema()).as("a published schema is never reused for another version")
                        .isNotEqualTo(contract.schema());
                assertThat(EventSchemas.validate(v.schema(), json.createObjectNode())).as(v.schema()).isNotEmpty();
                assertThat(allTypes.add(v.type())).as(v.type()).isTrue();
                assertThat(EventContracts.schemaOf(event, v.type())).contains(v.schema());
            }
            assertThat(EventContracts.readableTypes(event)).last().isEqualTo(contract.type());
        }
    }

    @Test
    void theCommittedAsyncApiDocumentIsUpToDate() throws IOException {
        String generated = EventCatalog.asyncApi();
        if (Boolean.getBoolean("asyncapi.update")) {
            Files.writeString(ASYNCAPI, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(ASYNCAPI, StandardCharsets.UTF_8))
                .as("asyncapi.yaml is stale: run mvn -pl platform/platform-events test -Dasyncapi.update=true")
                .isEqualTo(generated);
    }
}
