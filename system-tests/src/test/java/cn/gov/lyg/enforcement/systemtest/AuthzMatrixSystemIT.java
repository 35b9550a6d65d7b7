package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix, generated from the services' OpenAPI documents: every operation of every service × every
 * realm role, with the agency/region parameters of the request set to the caller's own and to a foreign
 * agency/region, plus anonymous; the outcome is compared with the expected-access table
 * {@code src/test/resources/authz-matrix.csv} (one row per operation, one column per role).
 *
 * <p>Cells: {@code A} allowed (authorization passes, own and foreign), {@code O} own agency/region only (foreign
 * refused 403), {@code D} denied (403, or 401 for anonymous), {@code F} foreign only (never intended; shows up when
 * something is wrong). "Allowed" means the request got past authorization: any answer but 401/403 (a 400 for the
 * deliberately incomplete body, a 404 for the probe id, a 2xx). Write bodies are deliberately invalid
 * ({@code {"authzMatrix": true}}, an unknown field) and typed query parameters of writes deliberately malformed, so an
 * allowed write is refused by validation and changes nothing; authorization is decided before validation, so a
 * denied role still gets 403. The data scope of individual records (404 outside the scope) is checked by each
 * service's tests, not here.
 *
 * <p>An operation without a row fails the test; the failure prints the missing rows, observed values filled in, in
 * the table's format, to be reviewed and pasted into the table.
 */
class AuthzMatrixSystemIT {

    static final String TABLE = "authz-matrix.csv";
    static final String OWN_AGENCY = "11320706300200020C";
    static final String OWN_REGION = "320706";
    static final String FOREIGN_AGENCY = "11320722300400022W";
    static final String FOREIGN_REGION = "320722";

    /** A realm role and the home agency/region of its matrix user. */
    record RoleUser(String role, String agencyCode, String regionCode) {
        String username() {
            return "matrix-" + role;
        }
    }

    static final List<RoleUser> ROLES = List.of(
            new RoleUser("officer", OWN_AGENCY, OWN_REGION),
            new RoleUser("auxiliary", OWN_AGENCY, OWN_REGION),
            new RoleUser("agency-admin", OWN_AGENCY, OWN_REGION),
            new RoleUser("legal-reviewer", OWN_AGENCY, OWN_REGION),
            new RoleUser("agency-leader", OWN_AGENCY, OWN_REGION),
            new RoleUser("supervisor-city", "113207003001000115", "320700"),
            new RoleUser("supervisor-county", "11320706300200012H", OWN_REGION),
            new RoleUser("special-supervisor", "11320706300200012H", OWN_REGION),
            new RoleUser("catalog-admin", "113207003001000115", "320700"),
            new RoleUser("auditor", "113207003001000115", "320700"),
            new RoleUser("province-readonly", null, "320000"),
            new RoleUser("integration", null, "320700"),
            new RoleUser("hotline", null, "320700"));

    static String header() {
        StringBuilder header = new StringBuilder("operation,anonymous");
        ROLES.forEach(r -> header.append(',').append(r.role()));
        return header.toString();
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheTableSays() throws Exception {
        ROLES.forEach(r -> KeycloakAdmin.ensureUser(r.username(), List.of(r.role()), r.agencyCode(), r.regionCode()));
        ROLES.forEach(r -> Tokens.recentUser(r.username()));
        Map<String, String> expected = readTable();
        List<ApiOperations.Operation> operations = ApiOperations.all();
        assertThat(operations).as("operations read from the OpenAPI documents").hasSizeGreaterThan(50);

        long started = System.nanoTime();
        Map<String, String> observed = new ConcurrentHashMap<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (ApiOperations.Operation op : operations) {
                futures.add(pool.submit(() -> observed.put(op.key(), row(op, errors))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int requests = REQUESTS.get();
        System.out.printf("authorization matrix: %d operations × %d roles (+ anonymous), %d requests in %d s%n",
                operations.size(), ROLES.size(), requests, (System.nanoTime() - started) / 1_000_000_000L);

        Map<String, String> sorted = new TreeMap<>(observed);
        List<String> missing = new ArrayList<>();
        List<String> different = new ArrayList<>();
        sorted.forEach((key, row) -> {
            String want = expected.get(key);
            if (want == null) {
                missing.add(key + "," + row);
            } else if (!want.equals(row)) {
                different.add(key + "\n    table:    " + want + "\n    observed: " + row);
            }
        });
        expected.keySet().stream().filter(k -> !observed.containsKey(k))
                .forEach(k -> System.out.println("authorization matrix: table row without an operation (stale?): " + k));
        StringBuilder report = new StringBuilder();
        if (!missing.isEmpty()) {
            report.append("\n").append(missing.size()).append(" operation(s) have no row in src/test/resources/")
                    .append(TABLE).append(". Review these observed rows and add them to the table:\n")
                    .append(header()).append('\n').append(String.join("\n", missing)).append('\n');
        }
        if (!different.isEmpty()) {
            report.append("\n").append(different.size()).append(" operation(s) answer differently from the table (")
                    .append(header()).append("):\n").append(String.join("\n", different)).append('\n');
        }
        if (!errors.isEmpty()) {
            report.append("\nUnexpected answers (5xx, or 401 with a valid token):\n")
                    .append(String.join("\n", errors.subList(0, Math.min(50, errors.size())))).append('\n');
        }
        assertThat(report.toString()).as("authorization matrix").isEmpty();
    }

    private static final java.util.concurrent.atomic.AtomicInteger REQUESTS = new java.util.concurrent.atomic.AtomicInteger();

    private static void counted() {
        REQUESTS.incrementAndGet();
    }

    /** The observed row of one operation: the anonymous cell, then one cell per role. */
    static String row(ApiOperations.Operation op, List<String> errors) {
        StringBuilder row = new StringBuilder();
        HttpResponse<String> anonymous = send(op, null, null);
        row.append(anonymous.statusCode() == 401 ? "D" : "A");
        if (anonymous.statusCode() >= 500) {
            errors.add(op.key() + " anonymous: " + anonymous.statusCode() + " " + abbreviate(anonymous.body()));
        }
        boolean scoped = scoped(op);
        for (RoleUser role : ROLES) {
            boolean own = passes(op, role, role, errors);
            boolean foreign = scoped ? passes(op, role, new RoleUser(role.role(), FOREIGN_AGENCY, FOREIGN_REGION),
                    errors) : own;
            row.append(',').append(own && foreign ? "A" : own ? "O" : foreign ? "F" : "D");
        }
        return row.toString();
    }

    /** Whether the operation takes an agency or region anywhere the matrix can set it (query or path). */
    static boolean scoped(ApiOperations.Operation op) {
        return op.params().stream().anyMatch(p -> agencyParam(p.name()) || regionParam(p.name()));
    }

    static boolean agencyParam(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("agencycode");
    }

    static boolean regionParam(String name) {
        return name.toLowerCase(Locale.ROOT).contains("regioncode");
    }

    private static boolean passes(ApiOperations.Operation op, RoleUser caller, RoleUser scope, List<String> errors) {
        HttpResponse<String> response = send(op, Tokens.recentUser(caller.username()), scope);
        int status = response.statusCode();
        if (status >= 500 || status == 401) {
            errors.add(op.key() + " as " + caller.role() + ": " + status + " " + abbreviate(response.body()));
        }
        return status != 401 && status != 403;
    }

    static HttpResponse<String> send(ApiOperations.Operation op, String token, RoleUser scope) {
        counted();
        boolean write = !op.method().equals("GET");
        String path = op.path();
        for (ApiOperations.Param p : op.in("path")) {
            String value = scope != null && agencyParam(p.name()) ? scope.agencyCode()
                    : scope != null && regionParam(p.name()) ? scope.regionCode() : "authz-matrix-probe";
            path = path.replace("{" + p.name() + "}", enc(value == null ? "none" : value));
        }
        StringBuilder query = new StringBuilder();
        for (ApiOperations.Param p : op.in("query")) {
            String value = queryValue(op, p, scope, write);
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(enc(p.name())).append('=').append(enc(value));
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(op.service().baseUrl() + path + query));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (op.hasBody()) {
            if (op.bodyType().startsWith("multipart/")) {
                String boundary = "authz-matrix-boundary";
                String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\nauthzMatrix\r\n--" + boundary + "--\r\n";
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
                request.method(op.method(), HttpRequest.BodyPublishers.ofString(body));
            } else if (op.bodyType().contains("json")) {
                request.header("Content-Type", "application/json");
                request.method(op.method(), HttpRequest.BodyPublishers.ofString("{\"authzMatrix\":true}"));
            } else {
                request.header("Content-Type", op.bodyType());
                request.method(op.method(), HttpRequest.BodyPublishers.ofString("authzMatrix"));
            }
        } else {
            request.method(op.method(), HttpRequest.BodyPublishers.noBody());
        }
        return Stack.send(request);
    }

    /**
     * Reads: required parameters get a plausible value, agency/region ones the scope's. Writes: typed parameters get
     * a malformed value (validation refuses the write once authorization passed).
     */
    static String queryValue(ApiOperations.Operation op, ApiOperations.Param p, RoleUser scope, boolean write) {
        if (scope != null && agencyParam(p.name())) {
            return scope.agencyCode() == null ? OWN_AGENCY : scope.agencyCode();
        }
        if (scope != null && regionParam(p.name())) {
            return scope.regionCode();
        }
        Map<String, Object> schema = op.resolve(p.schema());
        String type = Values.typeOf(schema);
        if (write && !type.equals("string")) {
            return "authz-matrix-not-a-" + type;
        }
        if (write && "date".equals(schema.get("format"))) {
            return "authz-matrix-not-a-date";
        }
        if (!p.required()) {
            return null;
        }
        return Values.sample(schema, p.name());
    }

    static Map<String, String> readTable() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = AuthzMatrixSystemIT.class.getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE + " on the test classpath").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            boolean headerSeen = false;
            for (String line : lines) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    assertThat(trimmed).as("header of " + TABLE).isEqualTo(header());
                    headerSeen = true;
                    continue;
                }
                int split = nthComma(trimmed, 1);
                String key = trimmed.substring(0, split);
                assertThat(rows.put(key, trimmed.substring(split + 1))).as("duplicate row " + key).isNull();
            }
        }
        return rows;
    }

    /** The index of the comma ending the operation (the first one: "METHOD /path" holds none). */
    private static int nthComma(String line, int n) {
        int index = -1;
        for (int i = 0; i < n; i++) {
            index = line.indexOf(',', index + 1);
        }
        return index;
    }

    static String abbreviate(String body) {
        return body == null ? "" : body.substring(0, Math.min(200, body.length())).replace('\n', ' ');
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
