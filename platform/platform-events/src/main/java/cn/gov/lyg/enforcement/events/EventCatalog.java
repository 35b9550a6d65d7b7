package cn.gov.lyg.enforcement.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every event contract of the platform, found on the classpath (the records implementing {@link DomainEvent} in this
 * package tree), and the AsyncAPI 3.0 document generated from them: one channel per topic, one message per CloudEvent
 * type, each payload the event's JSON Schema. The committed {@code asyncapi.yaml} is checked against it by a test.
 */
public final class EventCatalog {

    private static final String PACKAGE = "cn/gov/lyg/enforcement/events";

    private EventCatalog() {
    }

    /** All event classes, sorted by CloudEvent type. */
    public static List<Class<? extends DomainEvent>> all() {
        List<Class<? extends DomainEvent>> events = new ArrayList<>();
        try {
            Enumeration<URL> roots = EventCatalog.class.getClassLoader().getResources(PACKAGE);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    URI jar = URI.create(root.toString().substring(0, root.toString().indexOf("!/")));
                    try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
                        collect(fs.getPath("/" + PACKAGE), fs.getPath("/"), events);
                    }
                } else {
                    Path dir = Path.of(root.toURI());
                    Path classesRoot = dir;
                    for (int i = 0; i < PACKAGE.split("/").length; i++) {
                        classesRoot = classesRoot.getParent();
                    }
                    collect(dir, classesRoot, events);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        events.sort(Comparator.comparing(c -> EventContracts.of(c).type()));
        return events.stream().distinct().toList();
    }

    @SuppressWarnings("unchecked")
    private static void collect(Path packageDir, Path classesRoot, List<Class<? extends DomainEvent>> out)
            throws IOException {
        try (Stream<Path> files = Files.walk(packageDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = classesRoot.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, EventCatalog.class.getClassLoader());
                    if (DomainEvent.class.isAssignableFrom(type) && type.isRecord()) {
                        out.add((Class<? extends DomainEvent>) type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** One message of the catalog: a current contract or an earlier version still read. */
    private record Message(String type, String topic, String schema, String name, String supersededBy) {
    }

    private static List<Message> messages() {
        List<Message> out = new ArrayList<>();
        for (Class<? extends DomainEvent> event : all()) {
            EventContract c = EventContracts.of(event);
            out.add(new Message(c.type(), c.topic(), c.schema(), event.getSimpleName(), null));
            for (EventVersion v : c.previous()) {
                String version = v.type().substring(v.type().lastIndexOf('.') + 1).toUpperCase();
                out.add(new Message(v.type(), c.topic(), v.schema(), event.getSimpleName() + version, c.type()));
            }
        }
        out.sort(Comparator.comparing(Message::type));
        return out;
    }

    /** The AsyncAPI 3.0 document (YAML) of all event contracts, earlier versions still read included. */
    public static String asyncApi() {
        Map<String, List<Message>> byTopic = new TreeMap<>();
        Map<String, Message> byType = new TreeMap<>();
        for (Message m : messages()) {
            byTopic.computeIfAbsent(m.topic(), t -> new ArrayList<>()).add(m);
            byType.put(m.type(), m);
        }
        StringBuilder y = new StringBuilder();
        y.append("# Generated from the event contracts of platform-events (EventCatalog.asyncApi()); do not edit by hand.\n")
                .append("# Regenerate: mvn -pl platform/platform-events test -Dasyncapi.update=true\n")
                .append("asyncapi: 3.0.0\n")
                .append("info:\n")
                .append("  title: Lianyungang enforcement-quality platform events\n")
                .append("  version: 1.0.0\n")
                .append("  description: >-\n")
                .append("    Domain events on Kafka, CloudEvents 1.0 in binary mode (attributes in ce_* headers, JSON data,\n")
                .append("    key = aggregate id, W3C traceparent header). Delivery is at-least-once: consumers dedupe on ce_id.\n")
                .append("    Dead letters of a topic go to <topic>.DLT. A superseded version (.vN) is no longer produced but\n")
                .append("    stays readable: its events remain on the topic for replays.\n")
                .append("defaultContentType: application/json\n")
                .append("channels:\n");
        byTopic.forEach((topic, messages) -> {
            y.append("  ").append(channelId(topic)).append(":\n")
                    .append("    address: ").append(topic).append("\n")
                    .append("    messages:\n");
            messages.forEach(m -> y.append("      ").append(messageId(m.type())).append(":\n")
                    .append("        $ref: '#/components/messages/").append(messageId(m.type())).append("'\n"));
        });
        y.append("operations:\n");
        byTopic.forEach((topic, messages) -> {
            y.append("  publish-").append(channelId(topic)).append(":\n")
                    .append("    action: send\n")
                    .append("    channel:\n")
                    .append("      $ref: '#/channels/").append(channelId(topic)).append("'\n");
        });
        y.append("components:\n")
                .append("  messageTraits:\n")
                .append("    cloudEvent:\n")
                .append("      headers:\n")
                .append("        type: object\n")
                .append("        required: [ce_specversion, ce_id, ce_source, ce_type, ce_time]\n")
                .append("        properties:\n")
                .append("          ce_specversion: {type: string, const: '1.0'}\n")
                .append("          ce_id: {type: string, description: event id, the payload's eventId}\n")
                .append("          ce_source: {type: string, description: 'producing service, e.g. /enforcement/catalog'}\n")
                .append("          ce_type: {type: string}\n")
                .append("          ce_subject: {type: string, description: aggregate id (also the record key)}\n")
                .append("          ce_time: {type: string, format: date-time}\n")
                .append("          content-type: {type: string, const: application/json}\n")
                .append("          traceparent: {type: string, description: W3C trace context}\n")
                .append("  messages:\n");
        byType.forEach((type, m) -> {
            y.append("    ").append(messageId(type)).append(":\n")
                    .append("      name: ").append(m.name()).append("\n")
                    .append("      title: ").append(type).append("\n");
            if (m.supersededBy() != null) {
                y.append("      summary: 'superseded by ").append(m.supersededBy())
                        .append(": no longer produced, still read'\n");
            }
            y.append("      traits:\n")
                    .append("        - $ref: '#/components/messageTraits/cloudEvent'\n")
                    .append("      payload:\n")
                    .append("        schemaFormat: application/schema+json;version=draft-2020-12\n")
                    .append("        schema:\n")
                    .append("          $ref: './").append(m.schema()).append("'\n");
        });
        return y.toString();
    }

    private static String channelId(String topic) {
        return topic.replace('.', '-');
    }

    private static String messageId(String type) {
        return type.replace("cn.gov.lyg.enforcement.", "").replace('.', '-');
    }
}
