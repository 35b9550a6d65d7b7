package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Malformed input, generated from the services' OpenAPI documents: for every operation of every service, called
 * directly with a token holding every realm role (so requests get past authorization and reach binding and
 * validation), bad JSON, wrong types, oversize strings and bodies, bad dates and enums, operator objects such as
 * {@code {"$gt": ""}}, null and non-object bodies, malformed and huge query parameters, and junk in path segments.
 * At least {@value #MIN_REQUESTS} requests a run; none may answer 5xx. A summary by status and case is printed.
 *
 * <p>Each request breaks its body or parameters on purpose, so nothing is written. Writes that take neither a body
 * nor parameters (jobs without arguments) are not sent at all.
 */
class FuzzSystemIT {

    static final int MIN_REQUESTS = 2_000;
    static final String USER = "fuzz-all-roles";
    private static final String LONG = "長".repeat(20_000);
    private static final List<String> PATH_JUNK = List.of("..%2F..%2Fetc%2Fpasswd", "%00", "%7B%22%24gt%22%3A%22%22%7D",
            "x".repeat(3_000), "%E4%B8", "%F0%9F%92%A9", "-1", "null", "%20", "a%2Fb", "%25", "%3Cscript%3E");

    /** One malformed request: the case name and how it changes the plausible request. */
    record Case(String name, Function<ApiOperations.Operation, Request> build) {
    }

    /** The request to send: path (already encoded), query string, content type, body. */
    record Request(String path, String query, String contentType, byte[] body) {
    }

    private static final java.util.Set<String> OVERSIZE_SENT = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byCase = new ConcurrentHashMap<>();
    private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());

    @Test
    void noMalformedRequestIsAnswered5xx() throws Exception {
        List<String> allRoles = AuthzMatrixSystemIT.ROLES.stream().map(AuthzMatrixSystemIT.RoleUser::role).toList();
        KeycloakAdmin.ensureUser(USER, allRoles, Values.AGENCY, "320706");
        List<ApiOperations.Operation> operations = ApiOperations.all();
        long started = System.nanoTime();
        List<Runnable> work = new ArrayList<>();
        for (ApiOperations.Operation op : operations) {
            for (Case c : cases(op)) {
                work.add(() -> run(op, c));
            }
        }
        // top up to the minimum with more path and parameter junk, round-robin over the operations
        int round = 0;
        while (work.size() < MIN_REQUESTS && !operations.isEmpty()) {
            ApiOperations.Operation op = operations.get(round % operations.size());
            String junk = PATH_JUNK.get(round % PATH_JUNK.size());
            int salt = round++;
            if (!op.method().equals("GET")) {
                continue;
            }
            work.add(() -> run(op, new Case("extra junk", o -> plausible(o, junk + salt, q -> q + "&page="
                    + (Integer.MAX_VALUE - salt), null))));
        }
        // the edge too: path junk, bad JSON and paging junk through the gateway for a sample of every service's operations
        for (ApiOperations.Service service : ApiOperations.SERVICES) {
            operations.stream().filter(op -> op.service().equals(service)).limit(12).forEach(op -> {
                for (Case c : cases(op)) {
                    if (c.name().equals("path junk") || c.name().equals("bad JSON") || c.name().equals("paging junk")) {
                        work.add(() -> run(op, c, Stack.GATEWAY));
                    }
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            work.forEach(w -> futures.add(pool.submit(w)));
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("malformed-input fuzz: %d requests over %d operations in %d s; by status %s%n", sent.get(),
                operations.size(), seconds, new TreeMap<>(byStatus));
        System.out.printf("malformed-input fuzz: by case %s%n", new TreeMap<>(byCase));
        assertThat(sent.get()).as("requests sent").isGreaterThanOrEqualTo(MIN_REQUESTS);
        assertThat(serverErrors).as("requests answered 5xx (first 40 of %d)", serverErrors.size())
                .hasSizeLessThanOrEqualTo(0);
    }

    private void run(ApiOperations.Operation op, Case c) {
        run(op, c, op.service().baseUrl());
    }

    private void run(ApiOperations.Operation op, Case c, String baseUrl) {
        Request r = c.build().apply(op);
        if (r == null) {
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + r.path() + r.query()))
                .header("Authorization", "Bearer " + Tokens.recentUser(USER));
        if (r.body() != null) {
            request.header("Content-Type", r.contentType());
            request.method(op.method(), HttpRequest.BodyPublishers.ofByteArray(r.body()));
        } else {
            request.method(op.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = Stack.send(request);
        } catch (RuntimeException e) {
            // a connection the server closes on a huge or broken request is a refusal, not a 5xx
            tally(op, c, "closed", null);
            return;
        }
        tally(op, c, String.valueOf(response.statusCode()), response);
    }

    private void tally(ApiOperations.Operation op, Case c, String status, HttpResponse<String> response) {
        sent.incrementAndGet();
        byStatus.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
        byCase.computeIfAbsent(c.name(), k -> new AtomicInteger()).incrementAndGet();
        if (response != null && response.statusCode() >= 500 && serverErrors.size() < 40) {
            serverErrors.add(op.key() + " [" + c.name() + "] " + response.statusCode() + " "
                    + AuthzMatrixSystemIT.abbreviate(response.body()));
        }
    }

    /** The cases for one operation (body cases only where it takes a body). */
    List<Case> cases(ApiOperations.Operation op) {
        List<Case> cases = new ArrayList<>();
        boolean bodiless = !op.hasBody();
        if (!op.method().equals("GET") && bodiless && op.params().isEmpty()) {
            return cases; // a job without arguments: any request would run it
        }
        boolean json = op.hasBody() && op.bodyType().contains("json");
        if (json) {
            cases.add(new Case("bad JSON", o -> body(o, "{\"a\":")));
            cases.add(new Case("bad JSON: single quotes", o -> body(o, "{'a': 1}")));
            cases.add(new Case("bad JSON: trailing garbage", o -> body(o, "{} }}}")));
            cases.add(new Case("not UTF-8", o -> withBody(o, "application/json", new byte[] {'{', '"', (byte) 0xC3,
                    (byte) 0x28, '"', ':', '1', '}'})));
            cases.add(new Case("non-object body", o -> body(o, "[1, \"x\", null]")));
            cases.add(new Case("null body", o -> body(o, "null")));
            cases.add(new Case("empty body", o -> body(o, "")));
            cases.add(new Case("deep nesting", o -> body(o, "[".repeat(5_000) + "]".repeat(5_000))));
            cases.add(new Case("wrong types", o -> body(o, mutate(o, (name, schema) -> wrongType(schema)))));
            cases.add(new Case("nulls", o -> body(o, mutate(o, (name, schema) -> null))));
            cases.add(new Case("oversize strings", o -> body(o, mutate(o, (name, schema) ->
                    Values.typeOf(o.resolve(schema)).equals("string") ? LONG : Values.sampleJson(schema, name, o, 1)))));
            cases.add(new Case("operator objects", o -> body(o, mutate(o, (name, schema) -> Map.of("$gt", "")))));
            cases.add(new Case("operator keys", o -> {
                Map<String, Object> plausible = plausibleBody(o);
                plausible.put("$where", "sleep(1000)");
                plausible.put("__proto__", Map.of("admin", true));
                return body(o, Stack.JSON.writeValueAsString(plausible));
            }));
            cases.add(new Case("bad dates and enums", o -> body(o, mutate(o, (name, schema) -> {
                Map<String, Object> s = o.resolve(schema);
                if (s.get("enum") != null) {
                    return "NOT_A_CODE_" + name.toUpperCase(Locale.ROOT);
                }
                String format = String.valueOf(s.get("format"));
                return format.equals("date") ? "2025-02-30" : format.equals("date-time") ? "yesterday"
                        : Values.sampleJson(schema, name, o, 1);
            }))));
            cases.add(new Case("huge numbers", o -> body(o, mutate(o, (name, schema) -> {
                String type = Values.typeOf(o.resolve(schema));
                return type.equals("integer") || type.equals("number")
                        ? new java.math.BigDecimal("1e400") : Values.sampleJson(schema, name, o, 1);
            }))));
            if (OVERSIZE_SENT.add(op.service().name())) {
                cases.add(new Case("oversize body (3 MB)", o -> body(o, "{\"fuzzProbe\":\"" + "x".repeat(3 << 20)
                        + "\"}")));
            }
        } else if (op.hasBody()) {
            cases.add(new Case("junk body", o -> withBody(o, o.bodyType(), "\u0000\u0001junk,\"\n".repeat(100)
                    .getBytes(StandardCharsets.UTF_8))));
            cases.add(new Case("wrong content type", o -> body(o, "{\"a\":1}")));
        }
        cases.add(new Case("typed parameters malformed", o -> plausible(o, null, q -> q, (p, schema) ->
                malformed(o, p))));
        cases.add(new Case("operator in parameters", o -> plausible(o, null, q -> q + "&q%5B%24gt%5D=&agencyCode="
                + enc("{\"$ne\":null}"), (p, s) -> "{\"$gt\":\"\"}")));
        cases.add(new Case("paging junk", o -> plausible(o, null, q -> q + "&page=99999999999&size=100000&sort="
                + enc("$where,desc") + "&sort=" + enc("__proto__"), null)));
        cases.add(new Case("paging deep", o -> plausible(o, null, q -> q + "&page=" + Integer.MAX_VALUE + "&size=200",
                null)));
        cases.add(new Case("oversize parameter", o -> plausible(o, null, q -> q + "&q=" + "x".repeat(6_000),
                (p, s) -> "y".repeat(4_000))));
        if (!op.in("path").isEmpty()) {
            for (String junk : PATH_JUNK.subList(0, 6)) {
                cases.add(new Case("path junk", o -> plausible(o, junk, q -> q, null)));
            }
        }
        return cases;
    }

    /** A malformed value for a typed (non-string) parameter; null for plain strings. */
    static String malformed(ApiOperations.Operation op, ApiOperations.Param p) {
        Map<String, Object> s = op.resolve(p.schema());
        if (s.get("enum") != null) {
            return "NOT_A_CODE";
        }
        String type = Values.typeOf(s);
        return type.equals("integer") || type.equals("number") ? "12x" : type.equals("boolean") ? "maybe"
                : "date".equals(s.get("format")) ? "2025-13-45" : "date-time".equals(s.get("format")) ? "noon" : null;
    }

    /**
     * The operation with plausible parameters, path segments replaced by {@code pathJunk} (raw, already encoded).
     * Writes never go through: a JSON body carries an unknown field (refused by validation), a write without a
     * body gets its typed parameters malformed, and one with nothing to break is not sent (null).
     */
    Request plausible(ApiOperations.Operation op, String pathJunk, Function<String, String> extraQuery,
                      java.util.function.BiFunction<ApiOperations.Param, Map<String, Object>, String> override) {
        boolean bodilessWrite = !op.method().equals("GET") && !op.hasBody();
        if (bodilessWrite && op.in("path").isEmpty()
                && op.in("query").stream().allMatch(p -> malformed(op, p) == null)) {
            return null;
        }
        String path = op.path();
        for (ApiOperations.Param p : op.in("path")) {
            path = path.replace("{" + p.name() + "}", pathJunk != null ? pathJunk
                    : enc(Values.sample(op.resolve(p.schema()), p.name())));
        }
        StringBuilder query = new StringBuilder("?fuzz=1");
        for (ApiOperations.Param p : op.in("query")) {
            String value = override == null ? null : override.apply(p, p.schema());
            if (value == null && (p.required() || override != null)) {
                value = Values.sample(op.resolve(p.schema()), p.name());
            }
            if (bodilessWrite && malformed(op, p) != null) {
                value = malformed(op, p);
            }
            if (value != null) {
                query.append('&').append(enc(p.name())).append('=').append(enc(value));
            }
        }
        String q = extraQuery.apply(query.toString());
        if (op.hasBody()) {
            Map<String, Object> plausible = plausibleBody(op);
            plausible.put("fuzzProbe", true);
            String body = op.bodyType().contains("json") ? Stack.JSON.writeValueAsString(plausible) : "x";
            return new Request(path, q, op.bodyType().startsWith("multipart/") ? "application/json" : op.bodyType(),
                    body.getBytes(StandardCharsets.UTF_8));
        }
        return new Request(path, q, null, null);
    }

    private Request body(ApiOperations.Operation op, String body) {
        return withBody(op, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private Request withBody(ApiOperations.Operation op, String contentType, byte[] body) {
        Request plain = plausible(op, null, q -> q, null);
        return plain == null ? null : new Request(plain.path(), plain.query(), contentType, body);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plausibleBody(ApiOperations.Operation op) {
        Object sample = Values.sampleJson(op.bodySchema(), "body", op, 0);
        return sample instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map)
                : new LinkedHashMap<>();
    }

    /** The plausible body with every top-level property replaced by {@code change(name, schema)}. */
    static String mutate(ApiOperations.Operation op,
                         java.util.function.BiFunction<String, Map<String, Object>, Object> change) {
        Map<String, Object> body = plausibleBody(op);
        Map<String, Map<String, Object>> properties = op.bodyProperties();
        for (Map.Entry<String, Map<String, Object>> p : properties.entrySet()) {
            body.put(p.getKey(), change.apply(p.getKey(), p.getValue()));
        }
        if (properties.isEmpty()) {
            body.put("unexpected", change.apply("unexpected", Map.of("type", "string")));
        }
        return Stack.JSON.writeValueAsString(body);
    }

    static Object wrongType(Map<String, Object> schema) {
        String type = Values.typeOf(schema);
        return switch (type) {
            case "string" -> List.of(1, 2);
            case "integer", "number" -> "not-a-number";
            case "boolean" -> "perhaps";
            case "array" -> Map.of("not", "a list");
            default -> "not-an-object";
        };
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
