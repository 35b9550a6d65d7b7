package cn.gov.lyg.enforcement.inspection.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The enterprise register against the embedded MongoDB-wire server, with two planners at once: concurrent plannings
 * of two agencies are both registered and detected, two of one agency cannot both pass the merge rule (nor the cap),
 * and a reservation whose inspection was never saved (a crash between the register and the inspection write) only
 * counts until the grace period is over.
 */
class CoordinationRacesTest {

    private static final LocalDate MAY = LocalDate.of(2025, 5, 12);
    private static final String A02 = "11320706300200020C";
    private static final String A04 = "11320722300400022W";

    private MongoServer server;
    private MongoClient client;
    private CoordinationService coordination;
    private final List<Object> published = Collections.synchronizedList(new ArrayList<>());
    private final MutableClock clock = new MutableClock(Instant.parse("2025-04-20T02:00:00Z"));
    private CoordinationStore store;

    @BeforeEach
    void setUp() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        store = new CoordinationStore(new MongoTemplate(client, "coordination-test"));
        FrequencyCapTable caps = new FrequencyCapTable(List.of(new FrequencyCapTable.Row("*", "*", 2)));
        coordination = new CoordinationService(store, new CoordinationRules(caps, 60), published::add, clock);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private static Visit visit(String id, String agency, String kind, LocalDate day) {
        boolean triggered = kind.equals("CASE_TRIGGERED");
        return new Visit(id, "JC-" + id, agency, kind, !triggered, triggered, true, day, Set.of("MARKET"));
    }

    /** No inspection is saved in these tests: every visit's inspection is missing (or being saved). */
    private static VisitStatus.State missing(String inspectionId) {
        return VisitStatus.State.MISSING;
    }

    /** Runs both plannings at once (released together by a barrier); returns what each gave or threw. */
    private List<Object> together(Visit first, Visit second, String uscc) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Object>> results = new ArrayList<>();
            for (Visit v : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        RepeatedInspectionFound found = coordination.reserve(v, uscc, "320706", "B",
                                CoordinationRacesTest::missing);
                        return found == null ? "reserved" : found;
                    } catch (RuleViolation e) {
                        return e;
                    }
                }));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : results) {
                out.add(f.get(30, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoAgenciesPlanningOneEnterpriseAtOnceAreBothRegisteredAndTheDetectionNamesBoth() throws Exception {
        for (int round = 0; round < 10; round++) {
            String uscc = "91320706MA1XK7C3" + round + "L";
            List<Object> results = together(visit("a" + round, A02, "ROUTINE", MAY),
                    visit("b" + round, A04, "DUAL_RANDOM", MAY.plusDays(3)), uscc);
            EnterpriseRegister register = store.find(uscc, 2025).orElseThrow();
            assertThat(register.getVisits()).extracting(Visit::inspectionId)
                    .containsExactlyInAnyOrder("a" + round, "b" + round);
            assertThat(register.getDetections().values()).singleElement()
                    .satisfies(d -> assertThat(d.agencyCodes()).containsExactlyInAnyOrder(A02, A04));
            // the second writer (whichever it was) found the repeated inspection, with both visits
            assertThat(results).filteredOn(RepeatedInspectionFound.class::isInstance).singleElement()
                    .satisfies(f -> assertThat(((RepeatedInspectionFound) f).visits()).hasSize(2));
        }
    }

    @Test
    void oneAgencyPlanningTwiceAtOnceGetsOneVisitTheOtherMustMerge() throws Exception {
        for (int round = 0; round < 10; round++) {
            String uscc = "91320706MA1XK7D3" + round + "L";
            List<Object> results = together(visit("a" + round, A02, "ROUTINE", MAY),
                    visit("b" + round, A02, "DUAL_RANDOM", MAY.plusDays(3)), uscc);
            assertThat(results).filteredOn("reserved"::equals).hasSize(1);
            assertThat(results).filteredOn(RuleViolation.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("MUST_MERGE_SAME_AGENCY"));
            assertThat(store.find(uscc, 2025).orElseThrow().getVisits()).hasSize(1);
        }
    }

    @Test
    void oneAgencyPlanningTheLastInspectionUnderTheCapTwiceAtOnceGetsOnlyOne() throws Exception {
        for (int round = 0; round < 10; round++) {
            String uscc = "91320706MA1XK7H3" + round + "L";
            coordination.reserve(visit("jan" + round, A02, "ROUTINE", LocalDate.of(2025, 1, 8)), uscc, "320706", "B",
                    CoordinationRacesTest::missing);
            // cap 2: one more this year; May and June are different windows, so no merge decides it
            List<Object> results = together(visit("may" + round, A02, "ROUTINE", MAY),
                    visit("jun" + round, A02, "DUAL_RANDOM", MAY.plusMonths(1)), uscc);
            assertThat(results).filteredOn("reserved"::equals).hasSize(1);
            assertThat(results).filteredOn(RuleViolation.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("FREQUENCY_CAP_EXCEEDED"));
            EnterpriseRegister register = store.find(uscc, 2025).orElseThrow();
            assertThat(register.getVisits()).hasSize(2);
            assertThat(register.getWarnings()).isEqualTo(1);
        }
    }

    @Test
    void aReservationWhoseInspectionNeverCameCountsOnlyUntilTheGraceIsOver() {
        String uscc = "91320706MA1XK7E38L";
        coordination.reserve(visit("ghost", A02, "ROUTINE", MAY), uscc, "320706", "B", CoordinationRacesTest::missing);
        // (the planning crashed here: no inspection "ghost")
        clock.advance(Duration.ofMinutes(1)); // still within the grace: it may be being saved
        assertThatThrownBy(() -> coordination.reserve(visit("next", A02, "ROUTINE", MAY.plusDays(1)), uscc, "320706",
                "B", CoordinationRacesTest::missing)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("MUST_MERGE_SAME_AGENCY"));
        clock.advance(CoordinationService.GRACE);
        assertThat(coordination.reserve(visit("next", A02, "ROUTINE", MAY.plusDays(1)), uscc, "320706", "B",
                CoordinationRacesTest::missing)).isNull();
        EnterpriseRegister register = store.find(uscc, 2025).orElseThrow();
        assertThat(register.getVisits()).extracting(Visit::inspectionId).containsExactly("next");
        assertThat(register.getUnconfirmed()).containsOnlyKeys("next");
    }

    @Test
    void aReservationWhoseInspectionExistsIsConfirmedAndKeptAfterTheGrace() {
        String uscc = "91320706MA1XK7F38L";
        coordination.reserve(visit("one", A02, "ROUTINE", MAY), uscc, "320706", "B", CoordinationRacesTest::missing);
        clock.advance(CoordinationService.GRACE.plusMinutes(1));
        VisitStatus saved = id -> id.equals("one") ? VisitStatus.State.OPEN : VisitStatus.State.MISSING;
        assertThatThrownBy(() -> coordination.reserve(visit("two", A02, "ROUTINE", MAY.plusDays(2)), uscc, "320706",
                "B", saved)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("MUST_MERGE_SAME_AGENCY"));
        // another agency: registered next to it; "one" is confirmed, not dropped
        coordination.reserve(visit("three", A04, "ROUTINE", MAY.plusDays(2)), uscc, "320706", "B", saved);
        EnterpriseRegister register = store.find(uscc, 2025).orElseThrow();
        assertThat(register.getVisits()).extracting(Visit::inspectionId).containsExactly("one", "three");
        assertThat(register.getUnconfirmed()).containsOnlyKeys("three");
    }

    @Test
    void aFailedInspectionSaveReleasesTheReservationAndAReservationIsIdempotent() {
        String uscc = "91320706MA1XK7G38L";
        Visit v = visit("one", A02, "ROUTINE", MAY);
        coordination.reserve(v, uscc, "320706", "B", CoordinationRacesTest::missing);
        coordination.reserve(v, uscc, "320706", "B", CoordinationRacesTest::missing);
        assertThat(store.find(uscc, 2025).orElseThrow().getVisits()).hasSize(1);
        coordination.release(v, uscc, "320706");
        assertThat(store.find(uscc, 2025).orElseThrow().getVisits()).isEmpty();
        assertThat(coordination.reserve(visit("two", A02, "ROUTINE", MAY), uscc, "320706", "B",
                CoordinationRacesTest::missing)).isNull();
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(8);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
