package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every operation of every service, read from the services' own OpenAPI documents ({@code /v3/api-docs} of the
 * running stack), so the generated suites (authorization matrix, malformed-input fuzz) cover a new endpoint the
 * moment it is deployed. A new service is one line in {@link #SERVICES}.
 */
final class ApiOperations {

    /** A service of the stack: its API context and where it listens itself (the suites call it directly). */
    record Service(String name, String context, String baseUrl) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("catalog-service", "catalog", Stack.env("CATALOG_SERVICE_URL", "http://127.0.0.1:8081")),
            new Service("personnel-service", "personnel", Stack.env("PERSONNEL_SERVICE_URL", "http://127.0.0.1:8082")),
            new Service("benchmark-service", "benchmarks", Stack.env("BENCHMARK_SERVICE_URL", "http://127.0.0.1:8083")),
            new Service("inspection-service", "inspections",
                    Stack.env("INSPECTION_SERVICE_URL", "http://127.0.0.1:8084")),
            new Service("supervision-service", "supervision",
                    Stack.env("SUPERVISION_SERVICE_URL", "http://127.0.0.1:8085")));

    /** One parameter of an operation. */
    record Param(String name, String in, boolean required, Map<String, Object> schema) {
    }

    /** One operation: {@code key()} is {@code METHOD /path} as in the authorization table. */
    record Operation(Service service, String method, String path, List<Param> params, String bodyType,
                     Map<String, Object> bodySchema, boolean bodyRequired, Map<String, Object> components) {

        String key() {
            return method + " " + path;
        }

        boolean isPublic() {
            return path.contains("/public/");
        }

        boolean hasBody() {
            return bodyType != null;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        /** The schema with {@code $ref}s and {@code allOf} resolved (one level at a time, as needed). */
        @SuppressWarnings("unchecked")
        Map<String, Object> resolve(Map<String, Object> schema) {
            Map<String, Object> s = schema == null ? Map.of() : schema;
            for (int depth = 0; depth < 10 && s.get("$ref") instanceof String ref; depth++) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                Map<String, Object> schemas = (Map<String, Object>) components.getOrDefault("schemas", Map.of());
                s = (Map<String, Object>) schemas.getOrDefault(name, Map.of());
            }
            if (s.get("allOf") instanceof List<?> parts) {
                Map<String, Object> merged = new LinkedHashMap<>();
                Map<String, Object> properties = new LinkedHashMap<>();
                for (Object part : parts) {
                    Map<String, Object> resolved = resolve((Map<String, Object>) part);
                    merged.putAll(resolved);
                    properties.putAll((Map<String, Object>) resolved.getOrDefault("properties", Map.of()));
                }
                merged.remove("allOf");
                merged.put("properties", properties);
                return merged;
            }
            return s;
        }

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> bodyProperties() {
            Map<String, Object> schema = resolve(bodySchema);
            return (Map<String, Map<String, Object>>) (Map<?, ?>) schema.getOrDefault("properties", Map.of());
        }
    }

    private static volatile List<Operation> all;

    private ApiOperations() {
    }

    /** Every operation of every service, sorted by service and key; loaded once per run. */
    static List<Operation> all() {
        if (all == null) {
            synchronized (ApiOperations.class) {
                if (all == null) {
                    List<Operation> operations = new ArrayList<>();
                    SERVICES.forEach(service -> operations.addAll(of(service)));
                    operations.sort(Comparator.comparing((Operation o) -> o.service().name())
                            .thenComparing(Operation::path).thenComparing(Operation::method));
                    all = List.copyOf(operations);
                }
            }
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    static List<Operation> of(Service service) {
        HttpResponse<String> response = Stack.send(Stack.get(service.baseUrl() + "/v3/api-docs"));
        assertThat(response.statusCode()).as("OpenAPI document of %s: %s", service.name(), response.body())
                .isEqualTo(200);
        Map<String, Object> document = Stack.JSON.readValue(response.body(), Map.class);
        Map<String, Object> components = (Map<String, Object>) document.getOrDefault("components", Map.of());
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            Map<String, Object> pathItem = (Map<String, Object>) item;
            List<Object> shared = (List<Object>) pathItem.getOrDefault("parameters", List.of());
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (!(pathItem.get(method) instanceof Map<?, ?> raw)) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) raw;
                List<Param> params = new ArrayList<>();
                List<Object> declared = new ArrayList<>(shared);
                declared.addAll((List<Object>) op.getOrDefault("parameters", List.of()));
                for (Object p : declared) {
                    Map<String, Object> param = (Map<String, Object>) p;
                    params.add(new Param((String) param.get("name"), (String) param.get("in"),
                            Boolean.TRUE.equals(param.get("required")),
                            (Map<String, Object>) param.getOrDefault("schema", Map.of())));
                }
                String bodyType = null;
                Map<String, Object> bodySchema = null;
                boolean bodyRequired = false;
                if (op.get("requestBody") instanceof Map<?, ?> body) {
                    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) body)
                            .getOrDefault("content", Map.of());
                    bodyType = content.containsKey("application/json") ? "application/json"
                            : content.keySet().stream().findFirst().orElse("application/json");
                    Map<String, Object> media = (Map<String, Object>) content.getOrDefault(bodyType, Map.of());
                    bodySchema = (Map<String, Object>) media.getOrDefault("schema", Map.of());
                    bodyRequired = Boolean.TRUE.equals(((Map<String, Object>) body).get("required"));
                }
                operations.add(new Operation(service, method.toUpperCase(Locale.ROOT), path, List.copyOf(params),
                        bodyType, bodySchema, bodyRequired, components));
            }
        });
        return operations;
    }
}
