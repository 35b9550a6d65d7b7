package cn.gov.lyg.enforcement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.problem.ProblemFactory;
import cn.gov.lyg.enforcement.platform.problem.ProblemResponseWriter;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** An IN_PROGRESS record left behind by a crash holds only for its lease; then a repeat executes the request. */
class IdempotencyFilterLeaseTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private IdempotencyFilter filter;
    private final AtomicInteger executions = new AtomicInteger();

    @BeforeEach
    void setUp() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "idempotency-test");
        filter = new IdempotencyFilter(mongo, new ProblemResponseWriter(new ProblemFactory(new StaticMessageSource()),
                JsonMapper.builder().build()), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(24),
                Duration.ofMinutes(2));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private MockHttpServletResponse post() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/test/v1/things");
        request.addHeader(IdempotencyFilter.HEADER, "k-1");
        request.setContent("{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            executions.incrementAndGet();
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
            res.getOutputStream().write("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        });
        return response;
    }

    /** The record a process leaves when it dies while executing the request (as the filter writes it). */
    private void leftByACrash(Instant createdAt) {
        String id = IdempotencyFilter.sha256("anonymous|k-1");
        String fingerprint = IdempotencyFilter.sha256("POST /api/test/v1/things?\n{\"name\":\"a\"}");
        mongo.getCollection(IdempotencyFilter.COLLECTION).insertOne(new Document("_id", id)
                .append("fingerprint", fingerprint).append("state", "IN_PROGRESS")
                .append("createdAt", Date.from(createdAt)).append("leaseUntil", Date.from(createdAt.plusSeconds(120)))
                .append("expiresAt", Date.from(createdAt.plus(Duration.ofHours(24)))));
    }

    @Test
    void aRepeatWithinTheLeaseIsInProgress() throws Exception {
        leftByACrash(NOW.minusSeconds(30));
        assertThat(post().getStatus()).isEqualTo(409);
        assertThat(executions).hasValue(0);
    }

    @Test
    void aRepeatAfterTheLeaseOfACrashedRequestExecutesItOnceAndStoresTheResult() throws Exception {
        leftByACrash(NOW.minusSeconds(600));
        assertThat(post().getStatus()).isEqualTo(201);
        MockHttpServletResponse replay = post();
        assertThat(replay.getStatus()).isEqualTo(201);
        assertThat(replay.getHeader(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(executions).hasValue(1);
    }
}
