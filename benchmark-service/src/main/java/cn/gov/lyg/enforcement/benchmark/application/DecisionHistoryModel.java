package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.recommendation.DecisionHistory;
import cn.gov.lyg.enforcement.benchmark.recommendation.PriorDecision;
import cn.gov.lyg.enforcement.platform.readmodel.MirrorSettings;
import cn.gov.lyg.enforcement.platform.readmodel.MirrorWriteHook;
import cn.gov.lyg.enforcement.platform.readmodel.MongoMirrorSync;
import cn.gov.lyg.enforcement.platform.readmodel.VersionedMirror;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The first-violation look-back (首违不罚) from memory: every recorded decision as a small record (party, violation
 * code, decision date, penalised) grouped by party, so the recommendation path looks up a party's earlier decisions
 * without a query per request. Loaded at start-up, this instance's records applied at once, other instances' by the
 * periodic refresh ({@code enforcement.benchmark.history.*}, platform {@link MongoMirrorSync}); until the model is
 * loaded the store answers (index {@code ix_party_date}).
 */
@Configuration(proxyBeanMethods = false)
public class DecisionHistoryModel {

    /** One recorded decision as the look-back needs it. */
    public record Decision(String applicationId, long version, String partyId, String violationCode,
                           LocalDate decisionDate, boolean penalised) {

        static Decision of(BenchmarkApplicationRecord r) {
            return new Decision(r.getId(), r.getVersion() == null ? 0 : r.getVersion(), r.getPartyId(),
                    r.getViolationCode(), r.getDecisionDate(), !r.isNoPenalty());
        }
    }

    @Bean
    VersionedMirror<Decision> decisionHistoryMirror() {
        return new VersionedMirror<>(Decision::applicationId, Decision::version, Decision::partyId);
    }

    @Bean
    MongoMirrorSync<BenchmarkApplicationRecord, Decision> decisionHistorySync(MongoTemplate mongo,
            VersionedMirror<Decision> mirror, MeterRegistry meters, Environment environment) {
        return new MongoMirrorSync<>("decision-history", mongo, BenchmarkApplicationRecord.class, Decision::of,
                mirror, MirrorSettings.bind(environment, "enforcement.benchmark.history"), meters);
    }

    /** Read-your-writes: a recorded decision counts for the next recommendation of the same party at once. */
    @Component
    static class ApplicationWrites extends MirrorWriteHook<BenchmarkApplicationRecord> {

        ApplicationWrites(VersionedMirror<Decision> mirror, @Lazy MongoTemplate mongo) {
            super(BenchmarkApplicationRecord.class, r -> mirror.apply(Decision.of(r)), mongo::getConverter);
        }
    }

    /** The look-back: from the model when loaded, else from the store. */
    @Component
    static class ModelDecisionHistory implements DecisionHistory {

        private final VersionedMirror<Decision> mirror;
        private final ApplicationStore store;

        ModelDecisionHistory(VersionedMirror<Decision> mirror, ApplicationStore store) {
            this.mirror = mirror;
            this.store = store;
        }

        @Override
        public List<PriorDecision> priorDecisions(String partyId, LocalDate since, LocalDate before) {
            if (!mirror.isLoaded()) {
                return store.priorDecisions(partyId, since, before);
            }
            return mirror.group(partyId).stream()
                    .filter(d -> d.decisionDate() != null && !d.decisionDate().isBefore(since)
                            && d.decisionDate().isBefore(before))
                    .map(d -> new PriorDecision(d.violationCode(), d.decisionDate(), d.penalised()))
                    .toList();
        }
    }
}
