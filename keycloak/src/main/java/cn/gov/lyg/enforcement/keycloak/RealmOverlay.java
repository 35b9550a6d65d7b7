package cn.gov.lyg.enforcement.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dev/test realm = the production realm ({@code keycloak/realm/enforcement-realm.json}) + the dev overlay
 * ({@code keycloak/realm-dev/enforcement-realm.dev-overlay.json}): test users, the password grant, test clients,
 * dev default secrets. Objects are merged field by field; the arrays {@code clients}, {@code users} and
 * {@code roles.realm} are merged by their key ({@code clientId}, {@code username}, {@code name}): an overlay entry
 * with a known key is merged into the production entry, a new one is appended; any other array or value of the
 * overlay replaces the production one. Fields starting with {@code _} (comments) are dropped.
 * <p>
 * Run at build time ({@code keycloak/pom.xml}, phase process-classes):
 * {@code RealmOverlay <production.json> <overlay.json> <out.json> [<more out.json>...]}.
 */
public final class RealmOverlay {

    /** Arrays merged by a key field (path of the array → key). */
    static final Map<String, String> KEYED_ARRAYS = Map.of("clients", "clientId", "users", "username",
            "roles.realm", "name");

    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RealmOverlay() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: RealmOverlay <production.json> <overlay.json> <out.json>...");
        }
        JsonNode production = MAPPER.readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        JsonNode overlay = MAPPER.readTree(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        String merged = MAPPER.writeValueAsString(merge(production, overlay)) + "\n";
        for (int i = 2; i < args.length; i++) {
            Path out = Path.of(args[i]);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, merged, StandardCharsets.UTF_8);
        }
    }

    /** A new tree: {@code base} with {@code overlay} merged in (neither argument is changed). */
    public static ObjectNode merge(JsonNode base, JsonNode overlay) {
        if (!base.isObject() || !overlay.isObject()) {
            throw new IllegalArgumentException("a realm and its overlay are JSON objects");
        }
        ObjectNode result = (ObjectNode) base.deepCopy();
        mergeObject(result, overlay, "");
        return result;
    }

    private static void mergeObject(ObjectNode target, JsonNode overlay, String path) {
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            String name = field.getKey();
            if (name.startsWith("_")) {
                continue;
            }
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            JsonNode value = field.getValue();
            JsonNode existing = target.get(name);
            String key = KEYED_ARRAYS.get(fieldPath);
            if (key != null && value.isArray() && existing != null && existing.isArray()) {
                mergeKeyedArray((ArrayNode) existing, value, key, fieldPath);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                mergeObject((ObjectNode) existing, value, fieldPath);
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeKeyedArray(ArrayNode target, JsonNode overlay, String key, String path) {
        for (JsonNode entry : overlay) {
            String id = entry.path(key).asString(null);
            if (id == null) {
                throw new IllegalArgumentException(path + ": overlay entry without " + key + ": " + entry);
            }
            ObjectNode match = null;
            for (JsonNode candidate : target) {
                if (id.equals(candidate.path(key).asString(null))) {
                    match = (ObjectNode) candidate;
                    break;
                }
            }
            if (match == null) {
                ObjectNode copy = MAPPER.createObjectNode();
                mergeObject(copy, entry, path + "[]");
                target.add(copy);
            } else {
                mergeObject(match, entry, path + "[]");
            }
        }
    }
}
