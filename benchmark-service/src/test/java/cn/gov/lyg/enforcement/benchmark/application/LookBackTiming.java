package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.benchmark.ViolationLookupTiming;
import cn.gov.lyg.enforcement.platform.readmodel.VersionedMirror;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Not a test: part of {@code perf/benchmark-lookups.sh} ({@link ViolationLookupTiming}). Times the first-violation
 * look-back of a party as it was served before (a query by party and date range) and from the decision-history model.
 */
public final class LookBackTiming {

    private LookBackTiming() {
    }

    public static void run(MongoTemplate mongo, int applications, int lookups) {
        int parties = Math.max(1, applications / 4);
        Random random = new Random(7);
        List<Document> docs = new ArrayList<>(applications);
        List<DecisionHistoryModel.Decision> decisions = new ArrayList<>(applications);
        for (int i = 0; i < applications; i++) {
            String party = "P-" + random.nextInt(parties);
            LocalDate decided = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1400));
            String code = "X-" + random.nextInt(200);
            docs.add(new Document("_id", "a-" + i).append("partyId", party).append("violationCode", code)
                    .append("decisionDate", java.util.Date.from(decided.atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant())).append("noPenalty", false).append("version", 0L)
                    .append("agencyCode", "11320706300200020C").append("caseId", "c-" + i).append("entryId", "e"));
            decisions.add(new DecisionHistoryModel.Decision("a-" + i, 0, party, code, decided, true));
        }
        for (int i = 0; i < docs.size(); i += 10_000) {
            mongo.getCollection(BenchmarkApplicationRecord.COLLECTION).insertMany(docs.subList(i,
                    Math.min(docs.size(), i + 10_000)));
        }
        ApplicationStore store = new ApplicationStore(mongo);
        store.ensureIndexes(mongo);
        VersionedMirror<DecisionHistoryModel.Decision> mirror = new DecisionHistoryModel().decisionHistoryMirror();
        mirror.replaceAll(decisions, 0);
        var model = new DecisionHistoryModel.ModelDecisionHistory(mirror, store);
        Random pick = new Random(11);
        LocalDate violation = LocalDate.of(2025, 6, 1);
        System.out.printf("first-violation look-back, %d applications of %d parties, %d lookups%n", applications,
                parties, lookups);
        ViolationLookupTiming.report("  before: query per request", ViolationLookupTiming.time(lookups, () ->
                store.priorDecisions("P-" + pick.nextInt(parties), violation.minusYears(2), violation)));
        ViolationLookupTiming.report("  after:  model by party   ", ViolationLookupTiming.time(lookups, () ->
                model.priorDecisions("P-" + pick.nextInt(parties), violation.minusYears(2), violation)));
    }
}
